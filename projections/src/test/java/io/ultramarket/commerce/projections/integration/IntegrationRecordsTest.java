package io.ultramarket.commerce.projections.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.schemas.common.CommerceMetadata;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.common.EventUpcasters;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationRecordsTest {

    private final IntegrationRecords records = new IntegrationRecords(new ObjectMapper(), "commerce");

    @Test
    void eachAggregateTypeHasItsOwnVersionedTopic() {
        assertThat(records.topicOf("Order")).isEqualTo("commerce.order.v1");
        assertThat(records.topicOf("StockItem")).isEqualTo("commerce.stock-item.v1");
        assertThat(records.topicOf("Product")).isEqualTo("commerce.product.v1");
    }

    @Test
    void aRecordIsKeyedByTheAggregateAndCarriesWhatConsumersNeedToOrderAndDeduplicate() {
        UUID orderId = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        var event = new GenericDomainEventMessage<>("Order", orderId.toString(), 4, new OrderCancelled(orderId, "late"),
                MetaData.with(CommerceMetadata.CORRELATION_ID, "corr-1").and(CommerceMetadata.CAUSATION_ID, "cause-1"),
                "event-7", Instant.parse("2026-11-25T10:00:00Z"));

        ProducerRecord<String, byte[]> record = records.recordOf(
                new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(120, List.of()), event));

        assertThat(record.topic()).isEqualTo("commerce.order.v1");
        assertThat(record.key()).isEqualTo(orderId.toString());
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"orderId\":\"" + orderId + "\",\"reason\":\"late\"}");
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        assertThat(headers).containsExactly(
                Map.entry("event-id", "event-7"),
                Map.entry("event-type", "OrderCancelled"),
                Map.entry("event-revision", "1"),
                Map.entry("event-schema", "schemas/json/order/OrderCancelled.v1.json"),
                Map.entry("aggregate-type", "Order"),
                Map.entry("aggregate-sequence", "4"),
                Map.entry("global-position", "120"),
                Map.entry("occurred-at", "2026-11-25T10:00:00Z"),
                Map.entry("correlation-id", "corr-1"),
                Map.entry("causation-id", "cause-1"));
    }

    /**
     * A return stored as revision 1 reaches the publisher through Axon's upcaster chain as today's record, so
     * it is published as the current revision (3) and its header names that revision's schema, which event-schemas holds.
     */
    @Test
    void anEventStoredInAnOlderRevisionIsPublishedAsItsCurrentRevision() {
        UUID orderId = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>("Order", orderId.toString(), 5, "event-8",
                Instant.parse("2026-11-25T10:00:00Z"), OrderReturned.class.getName(), "1",
                ("{\"orderId\":\"" + orderId + "\",\"reason\":\"too small\"}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        Object upcast = serializer.deserialize(EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow().getData());

        ProducerRecord<String, byte[]> record = records.recordOf(
                new GenericDomainEventMessage<>("Order", orderId.toString(), 5, upcast));

        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        assertThat(headers).containsEntry("event-type", "OrderReturned").containsEntry("event-revision", "3")
                .containsEntry("event-schema", "schemas/json/order/OrderReturned.v3.json");
        assertThat(OrderReturned.class.getClassLoader().getResource(headers.get("event-schema"))).isNotNull();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"lines\":[]", "\"complete\":true");
    }
}
