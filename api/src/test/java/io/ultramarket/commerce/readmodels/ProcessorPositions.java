package io.ultramarket.commerce.readmodels;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where each event processor of the app stands (read models, sagas, relays, search, analytics, integration
 * events: whatever has a row in {@code token_entry}), and the head of the event store. Plain JDBC, so that it
 * reads the shared context's database and an app process's alike. Processors of retired generations are
 * left out: they no longer run, and their rows go when the generation is dropped.
 */
public final class ProcessorPositions {

    // The app stores tokens with Axon's Jackson serializer (axon.serializer.general=jackson).
    private static final Serializer TOKENS = JacksonSerializer.defaultSerializer();
    // One generations table for every projection, analytics' ClickHouse facts included (ADR 0051).
    private static final String RETIRED = "SELECT projection || '-g' || generation FROM projection_generation "
            + "WHERE state IN ('RETIRED', 'DROPPED')";

    private final JdbcTemplate jdbc;

    public ProcessorPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Global index of the newest stored event, -1 when there is none. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** Every running processor by name. */
    public Map<String, Position> all() {
        Set<String> retired = new TreeSet<>(jdbc.queryForList(RETIRED, String.class));
        Map<String, Position> positions = new TreeMap<>();
        jdbc.query("SELECT processor_name, token, token_type FROM token_entry", row -> {
            String processor = row.getString("processor_name");
            if (!retired.contains(processor)) {
                byte[] token = row.getBytes("token");
                Position segment = token == null ? Position.NOT_STARTED
                        : Position.of(TOKENS.deserialize(new SimpleSerializedObject<>(token, byte[].class, row.getString("token_type"), null)));
                positions.merge(processor, segment, Position::lowest);
            }
        });
        return positions;
    }

    /**
     * The least index any segment of a processor has reached, and the gaps (positions below it it has not seen)
     * its segments carry. {@code index} is -1 while a segment has not started.
     */
    public record Position(long index, Set<Long> gaps) {

        static final Position NOT_STARTED = new Position(-1, Set.of());

        static Position of(Object token) {
            if (token instanceof GapAwareTrackingToken gapAware) {
                return new Position(gapAware.getIndex(), new TreeSet<>(gapAware.getGaps()));
            }
            return new Position(((TrackingToken) token).position().orElse(-1), Set.of());
        }

        Position lowest(Position other) {
            Set<Long> gaps = new TreeSet<>(this.gaps);
            gaps.addAll(other.gaps);
            return new Position(Math.min(index, other.index), gaps);
        }

        public boolean reached(long head) {
            return index >= head;
        }

        @Override
        public String toString() {
            return "at " + index + " with " + gaps.size() + " gaps";
        }
    }
}
