package io.ultramarket.commerce.observability;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far each event processor is behind the head of the event store, in positions: the head's global index
 * less the lowest position any of its segments stored in {@code token_entry}. Read from the token store, so it
 * covers every instance's segments (ADR 0055) and every kind of processor alike: the checkout saga, the relays,
 * each projection's generation, the integration events publisher. Retired generations are left out: they no
 * longer run. A processor with a segment not started yet is as far behind as the whole store.
 */
final class ProcessorLag {

    private static final String TOKENS = "SELECT processor_name, token, token_type FROM token_entry "
            + "WHERE processor_name NOT IN (SELECT projection || '-g' || generation FROM projection_generation "
            + "WHERE state IN ('RETIRED', 'DROPPED'))";

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    ProcessorLag(JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
    }

    /** Positions behind the head, by processor name. Positions, not events: a rolled-back insert leaves a gap. */
    Map<String, Long> behindHead() {
        Long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long head = newest == null ? -1 : newest;
        Map<String, Long> lowest = new TreeMap<>();
        jdbc.query(TOKENS, row -> {
            byte[] token = row.getBytes("token");
            long position = token == null ? -1 : positionOf(token, row.getString("token_type"));
            lowest.merge(row.getString("processor_name"), position, Math::min);
        });
        lowest.replaceAll((processor, position) -> Math.max(0, head - position));
        return lowest;
    }

    private long positionOf(byte[] token, String type) {
        TrackingToken tracking = tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking.position().orElse(-1);
    }
}
