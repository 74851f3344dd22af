package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ultramarket.commerce.query.audit.EventHashChain;
import io.ultramarket.commerce.query.eventstore.StoredEvent;
import io.ultramarket.commerce.readstore.OwnerMigrations;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.order.OrderPlaced;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import io.ultramarket.commerce.servers.PostgresDatabase;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.ultramarket.commerce.readstore.OwnerMigrations.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store written before crypto-shredding (events inserted as the app wrote them then: personal fields and the
 * principal's name in the clear), migrated by V47 on a database of the harness's PostgreSQL, as the owner: nothing
 * of it is left in the clear, every chain verifies with the new bytes, the old head and every changed hash are
 * recorded, the events open to what they were, the sagas' state is sealed and the append-only guard is back on.
 */
class StoredPlaintextSealingIT {

    private static final ObjectMapper OLD_WRITER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final String EVENTS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, hash FROM domain_event_entry";

    @Test
    void eventsStoredInTheClearAreSealedOnceAndTheirChainsTiedToTheOldOnes() throws Exception {
        PostgresDatabase owner = RealServers.postgres().createDatabase("commerce_sealing");
        PostgresDatabase app = RealServers.postgres().createLoginRole(owner, "commerce_sealing_app");
        JdbcTemplate jdbc = jdbc(owner);
        OwnerMigrations.migrate(owner, app, "46");

        UUID customerId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        Address address = new Address("Ada Lovelace", "Analytical Row 1", null, "10115", "Berlin", "DE");
        String login = "ada-login";
        Map<String, Object> principal = Map.of("principal", customerId.toString(), "principalName", login,
                "correlationId", UUID.randomUUID().toString());
        insert(jdbc, customerId, 0, "Customer", new CustomerRegistered(customerId, "sub-ada", "ada@example.com", "Ada Lovelace", "en"),
                principal);
        insert(jdbc, customerId, 1, "Customer", new CustomerAddressAdded(customerId, UUID.randomUUID(), address), principal);
        insert(jdbc, customerId, 2, "Customer", new CustomerGroupChanged(customerId, CustomerGroup.of("b2b"), null),
                Map.of("correlationId", "staff-change"));
        insert(jdbc, orderId.toString(), 0, "Order", new OrderPlaced(orderId, UUID.randomUUID(), customerId,
                List.of(new OrderLine(Sku.of("MUG-BLUE"), Quantity.of(1), Money.of("9.90", "EUR"))), Money.of("9.90", "EUR"),
                address, "standard", new PaymentMethod("card", "tok_ada_card"), null), Map.of());
        String stockItem = StockItemId.of("MUG-BLUE", "BER-1").toString();
        insert(jdbc, stockItem, 0, "StockItem", new StockAdjusted(StockItemId.of("MUG-BLUE", "BER-1"), 3, "count", 3), Map.of());
        jdbc.update("INSERT INTO saga_entry (saga_id, revision, saga_type, serialized_saga) VALUES (?, NULL, ?, ?)",
                "saga-" + orderId, CheckoutSaga.class.getName(), OLD_WRITER.writeValueAsBytes(Map.of("orderId", orderId.toString(),
                        "customerId", customerId.toString(), "shippingAddress", address,
                        "paymentMethod", new PaymentMethod("card", "tok_ada_card"))));
        Map<Long, byte[]> hashesBefore = hashes(jdbc);
        Map<Long, JsonNode> payloadsBefore = payloads(jdbc);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

        OwnerMigrations.migrate(owner, app, null, new StoredPlaintextSealing(Clock.systemUTC()));

        List<String> secrets = List.of("ada@example.com", "Ada Lovelace", "Analytical Row 1", "10115", "tok_ada_card", login);
        for (String secret : secrets) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') "
                    + "|| coalesce(convert_from(meta_data, 'UTF8'), '') LIKE ?", Long.class, "%" + secret + "%")).as(secret).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM saga_entry WHERE convert_from(serialized_saga, 'UTF8') LIKE ?",
                    Long.class, "%" + secret + "%")).as(secret).isZero();
        }

        // Every chain verifies over the new bytes, as the audit recomputes it.
        List<StoredEvent> events = events(jdbc);
        byte[] previous = EventHashChain.START;
        for (StoredEvent event : events) {
            previous = event.sequenceNumber() == 0 ? EventHashChain.START : previous;
            assertThat(EventHashChain.hashOf(previous, event)).as("hash of %s", event.position()).isEqualTo(event.hash());
            previous = event.hash();
        }

        // The old head and each changed hash recorded: the customer's three events (the third only rehashed) and the
        // order's; the stock item kept its bytes and its hash.
        Map<String, Object> rewrite = jdbc.queryForMap("SELECT * FROM chain_rewrite");
        assertThat(rewrite.get("old_head_position")).isEqualTo(head);
        assertThat((byte[]) rewrite.get("old_head_hash")).isEqualTo(hashesBefore.get(head));
        assertThat((byte[]) rewrite.get("new_head_hash")).isEqualTo(hashes(jdbc).get(head));
        assertThat(rewrite.get("events_rewritten")).isEqualTo(3L);
        assertThat(rewrite.get("events_rehashed")).isEqualTo(4L);
        Map<Long, byte[]> hashesAfter = hashes(jdbc);
        List<Map<String, Object>> changed = jdbc.queryForList("SELECT global_index, old_hash, new_hash FROM chain_rewrite_event");
        assertThat(changed).hasSize(4).allSatisfy(row -> {
            long position = (Long) row.get("global_index");
            assertThat((byte[]) row.get("old_hash")).isEqualTo(hashesBefore.get(position));
            assertThat((byte[]) row.get("new_hash")).isEqualTo(hashesAfter.get(position)).isNotEqualTo(hashesBefore.get(position));
        });
        long stockPosition = events.stream().filter(event -> event.aggregateId().equals(stockItem)).findFirst().orElseThrow().position();
        assertThat(hashesAfter.get(stockPosition)).isEqualTo(hashesBefore.get(stockPosition));

        // The events open to what they were, with the keys the migration made for their subjects.
        PersonalDataCipher cipher = new PersonalDataCipher(new JdbcPersonalDataKeys(jdbc, Clock.systemUTC()), new ObjectMapper(),
                Duration.ofMinutes(1));
        for (StoredEvent event : events) {
            JsonNode stored = OLD_WRITER.readTree(event.payload());
            assertThat(PersonalFields.reveal(stored.deepCopy(), cipher)).as("event at %s", event.position())
                    .isEqualTo(payloadsBefore.get(event.position()));
        }
        StoredEvent registered = events.stream().filter(event -> event.aggregateId().equals(customerId.toString())
                && event.sequenceNumber() == 0).findFirst().orElseThrow();
        JsonNode metadata = PersonalFields.reveal(OLD_WRITER.readTree(registered.metadata()), cipher);
        assertThat(metadata.get("principalName").asText()).isEqualTo(login);
        // One key: the customer's (the principal is the customer, and the order is sealed under its customer).
        assertThat(jdbc.queryForList("SELECT subject FROM personal_data_key", UUID.class)).containsExactly(customerId);

        // The guard is back: nobody rewrites an event now, not even the owner.
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = payload WHERE global_index = ?", head))
                .rootCause().hasMessageContaining("stored events are append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM chain_rewrite_event")).rootCause()
                .hasMessageContaining("chain rewrites are append-only");
    }

    @Test
    void aStoreWithoutEventsIsLeftAsItIs() {
        PostgresDatabase owner = RealServers.postgres().createDatabase("commerce_sealing_fresh");
        PostgresDatabase app = RealServers.postgres().createLoginRole(owner, "commerce_sealing_fresh_app");

        OwnerMigrations.migrate(owner, app, null, new StoredPlaintextSealing(Clock.systemUTC()));

        JdbcTemplate jdbc = jdbc(owner);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chain_rewrite", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT success FROM flyway_schema_history WHERE version = '47'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT tgenabled FROM pg_trigger WHERE tgname = 'domain_event_entry_append_only'",
                String.class)).isEqualTo("O");
    }

    private static void insert(JdbcTemplate jdbc, Object aggregateId, long sequence, String type, Object payload,
                               Map<String, Object> metadata) throws Exception {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                UUID.randomUUID().toString(), aggregateId.toString(), sequence, type, "2026-06-01T10:00:0" + sequence + "Z",
                payload.getClass().getName(), OLD_WRITER.writeValueAsBytes(payload), OLD_WRITER.writeValueAsBytes(metadata));
    }

    private static List<StoredEvent> events(JdbcTemplate jdbc) {
        return jdbc.query(EVENTS + " ORDER BY aggregate_identifier, sequence_number", (row, n) -> new StoredEvent(row.getLong(1),
                row.getString(2), row.getString(3), row.getLong(4), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), row.getBytes(9), row.getBytes(10), row.getBytes(11)));
    }

    private static Map<Long, byte[]> hashes(JdbcTemplate jdbc) {
        Map<Long, byte[]> hashes = new LinkedHashMap<>();
        events(jdbc).forEach(event -> hashes.put(event.position(), event.hash()));
        return hashes;
    }

    private static Map<Long, JsonNode> payloads(JdbcTemplate jdbc) throws Exception {
        Map<Long, JsonNode> payloads = new LinkedHashMap<>();
        for (StoredEvent event : events(jdbc)) {
            payloads.put(event.position(), OLD_WRITER.readTree(event.payload()));
        }
        return payloads;
    }
}
