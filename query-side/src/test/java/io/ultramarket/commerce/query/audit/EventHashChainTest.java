package io.ultramarket.commerce.query.audit;

import io.ultramarket.commerce.query.eventstore.StoredEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashChainTest {

    // Computed by PostgreSQL with V3__event_hash_chain.sql from the same two rows: the verifier and the
    // trigger must agree byte for byte.
    static final String FIRST_HASH_BY_POSTGRES = "a952a970df7a5f9e68fd4da06b6f5a01c0d796b115de08ae3d087581eea7ea5f";
    static final String SECOND_HASH_BY_POSTGRES = "a7442055244ee75a4b1c5bae95db092c2322d00fe9aaa0b7c6c0f3d42d281752";

    @Test
    void theJavaChainEqualsTheOneThePostgresTriggerComputes() {
        byte[] first = EventHashChain.hashOf(EventHashChain.START,
                event("e0", "a", 0, "Cart", "2024-01-01T00:00:00.000Z", "1", "{\"a\":1}", "{}"));
        byte[] second = EventHashChain.hashOf(first,
                event("e1", "a", 1, "Cart", "2024-01-01T00:00:01.000Z", null, "{\"a\":2}", null));

        assertThat(HexFormat.of().formatHex(first)).isEqualTo(FIRST_HASH_BY_POSTGRES);
        assertThat(HexFormat.of().formatHex(second)).isEqualTo(SECOND_HASH_BY_POSTGRES);
    }

    @Test
    void movingABoundaryBetweenTwoColumnsChangesTheHash() {
        byte[] one = EventHashChain.hashOf(EventHashChain.START, event("ab", "c", 0, "Cart", "t", "1", "{}", "{}"));
        byte[] other = EventHashChain.hashOf(EventHashChain.START, event("a", "bc", 0, "Cart", "t", "1", "{}", "{}"));

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void aMissingValueIsNotTheSameAsAnEmptyOne() {
        byte[] missing = EventHashChain.hashOf(EventHashChain.START, event("e", "a", 0, "Cart", "t", null, "{}", "{}"));
        byte[] empty = EventHashChain.hashOf(EventHashChain.START, event("e", "a", 0, "Cart", "t", "", "{}", "{}"));

        assertThat(missing).isNotEqualTo(empty);
    }

    @Test
    void anEventsHashDependsOnItsPredecessor() {
        StoredEvent event = event("e1", "a", 1, "Cart", "t", "1", "{}", "{}");

        assertThat(EventHashChain.hashOf(new byte[] {1}, event)).isNotEqualTo(EventHashChain.hashOf(new byte[] {2}, event));
    }

    private static StoredEvent event(String eventId, String aggregateId, long sequenceNumber, String type,
                                     String timestamp, String revision, String payload, String metadata) {
        return new StoredEvent(sequenceNumber + 1, eventId, aggregateId, sequenceNumber, type, timestamp, "x.Y",
                revision, bytes(payload), bytes(metadata), null);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
