package io.ultramarket.commerce.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A plain Kafka consumer of every integration topic, from the beginning, as an outside system would read
 * them: it keeps each record's headers, and deduplicates by event id the way consumers are told to.
 */
public final class PublishedEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Published> all = new ArrayList<>();

    public record Published(String topic, int partition, String key, Map<String, String> headers, byte[] value) {

        public String eventId() {
            return headers.get("event-id");
        }

        long sequence() {
            return Long.parseLong(headers.get("aggregate-sequence"));
        }

        public String type() {
            return headers.get("event-type");
        }
    }

    public PublishedEvents(String bootstrapServers) {
        this(bootstrapServers, "integration-events-it-" + UUID.randomUUID(), Pattern.compile("commerce\\..+\\.v1"));
    }

    /** A member of consumer group {@code groupId} on the topics that {@code topics} matches. */
    PublishedEvents(String bootstrapServers, String groupId, Pattern topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    /** The partitions the group gave this member, as of its last poll. */
    Set<TopicPartition> assignment() {
        return consumer.assignment();
    }

    /** Reads what has arrived since the last call. */
    public void poll() {
        poll(Duration.ofMillis(500));
    }

    void poll(Duration wait) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            all.add(new Published(record.topic(), record.partition(), record.key(), headers, record.value()));
        }
    }

    public List<Published> all() {
        return all;
    }

    /** The events of one aggregate in the order of their first arrival, repeats (same event id) left out. */
    public List<Published> of(String aggregateId) {
        Set<String> seen = new LinkedHashSet<>();
        List<Published> events = new ArrayList<>();
        for (Published record : all) {
            if (aggregateId.equals(record.key()) && seen.add(record.eventId())) {
                events.add(record);
            }
        }
        return events;
    }

    /** Polls until the aggregate's first event of {@code type} has arrived (within {@code patience}), and answers it. */
    public Published awaitFirst(String aggregateId, String type, Duration patience) {
        await().atMost(patience).until(() -> {
            poll();
            return of(aggregateId).stream().anyMatch(record -> record.type().equals(type));
        });
        return of(aggregateId).stream().filter(record -> record.type().equals(type)).findFirst().orElseThrow();
    }

    /** The problems of a record's value against the schema its {@code event-schema} header names. */
    public static Set<ValidationMessage> violations(Published record) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(record.headers().get("event-schema"), path -> {
            try (InputStream in = PublishedEvents.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no schema at " + path);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            JsonNode value = JSON.readTree(record.value());
            return schema.validate(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
