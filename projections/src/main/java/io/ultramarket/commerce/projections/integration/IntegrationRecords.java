package io.ultramarket.commerce.projections.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.schemas.common.PublishedForm;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wire form of an integration event: the event's JSON as the value (its JSON Schema is
 * {@code schemas/json/<aggregate>/<EventName>.v<revision>.json} in event-schemas), the aggregate id as the
 * key, and what a consumer needs to order and deduplicate in the headers. Written in the contract's
 * {@link PublishedForm}: no payment provider's token leaves the core. Merchants' webhooks (ADR 0058) name the
 * revision and schema the same way.
 */
public final class IntegrationRecords {

    static final String EVENT_ID = "event-id";
    static final String EVENT_TYPE = "event-type";
    static final String EVENT_REVISION = "event-revision";
    static final String EVENT_SCHEMA = "event-schema";
    static final String AGGREGATE_TYPE = "aggregate-type";
    static final String AGGREGATE_SEQUENCE = "aggregate-sequence";
    static final String GLOBAL_POSITION = "global-position";
    static final String OCCURRED_AT = "occurred-at";
    static final String CORRELATION_ID = "correlation-id";
    static final String CAUSATION_ID = "causation-id";

    private final ObjectMapper json;
    private final String topicPrefix;

    IntegrationRecords(ObjectMapper json, String topicPrefix) {
        this.json = PublishedForm.of(json);
        this.topicPrefix = topicPrefix;
    }

    /** {@code Order} becomes {@code commerce.order.v1}, {@code StockItem} {@code commerce.stock-item.v1}. */
    String topicOf(String aggregateType) {
        return topicPrefix + "." + aggregateType.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".v1";
    }

    ProducerRecord<String, byte[]> recordOf(DomainEventMessage<?> event) {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event.getPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be written as JSON", e);
        }
        List<org.apache.kafka.common.header.Header> headers = new ArrayList<>();
        header(headers, EVENT_ID, event.getIdentifier());
        header(headers, EVENT_TYPE, event.getPayloadType().getSimpleName());
        header(headers, EVENT_REVISION, revisionOf(event.getPayloadType()));
        header(headers, EVENT_SCHEMA, schemaOf(event.getPayloadType()));
        header(headers, AGGREGATE_TYPE, event.getType());
        header(headers, AGGREGATE_SEQUENCE, Long.toString(event.getSequenceNumber()));
        if (event instanceof TrackedEventMessage<?> tracked) {
            tracked.trackingToken().position().ifPresent(position -> header(headers, GLOBAL_POSITION, Long.toString(position)));
        }
        header(headers, OCCURRED_AT, event.getTimestamp().toString());
        metadata(headers, event, CommerceMetadata.CORRELATION_ID, CORRELATION_ID);
        metadata(headers, event, CommerceMetadata.CAUSATION_ID, CAUSATION_ID);
        return new ProducerRecord<>(topicOf(event.getType()), null, event.getAggregateIdentifier(), value, headers);
    }

    /** The event's JSON Schema in event-schemas, e.g. {@code schemas/json/order/OrderPlaced.v1.json}. */
    public static String schemaOf(Class<?> payloadType) {
        String packageName = payloadType.getPackageName();
        return "schemas/json/" + packageName.substring(packageName.lastIndexOf('.') + 1) + "/"
                + payloadType.getSimpleName() + ".v" + revisionOf(payloadType) + ".json";
    }

    public static String revisionOf(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        return revision == null ? "1" : revision.value();
    }

    private static void metadata(List<org.apache.kafka.common.header.Header> headers, DomainEventMessage<?> event,
                                 String key, String header) {
        Object value = event.getMetaData().get(key);
        if (value != null) {
            header(headers, header, value.toString());
        }
    }

    private static void header(List<org.apache.kafka.common.header.Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
