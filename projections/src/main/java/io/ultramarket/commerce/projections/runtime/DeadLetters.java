package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operators' view of the dead-letter queues of all processors (read models, analytics facts, integration
 * events, and the payment and shipping relays of the sagas: they share one table), and retries. A retry runs the parked event (and the rest of its sequence)
 * through its processor again; it stays parked if it fails again.
 */
public class DeadLetters {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<DeadLetterProcessors> processors;

    /** The processors are looked up at each retry: analytics and integration events run only when configured. */
    DeadLetters(JdbcTemplate jdbc, ObjectProvider<DeadLetterProcessors> processors) {
        this.jdbc = jdbc;
        this.processors = processors;
    }

    public List<DeadLetterEntry> list(int limit) {
        return jdbc.query("SELECT dead_letter_id, processing_group, sequence_identifier, payload_type, event_identifier, "
                        + "cause_type, cause_message, enqueued_at FROM dead_letter_entry "
                        + "ORDER BY enqueued_at, sequence_index LIMIT ?",
                (row, index) -> new DeadLetterEntry(row.getString(1), row.getString(2), row.getString(3),
                        simpleName(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                        Instant.parse(row.getString(8))),
                limit);
    }

    public Optional<DeadLetterEntry> find(String id) {
        return list(Integer.MAX_VALUE).stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** @return true when the event was applied this time and left the queue */
    public boolean retry(String id) {
        DeadLetterEntry entry = find(id).orElseThrow(() -> new UnknownDeadLetter(id));
        var deadLetters = processors.orderedStream().flatMap(running -> running.deadLettersOf(entry.processor()).stream())
                .findFirst().orElseThrow(() -> new DeadLetterNotRetryableHere(entry));
        deadLetters.process(letter -> letter instanceof JdbcDeadLetter<?> jdbcLetter
                && jdbcLetter.getIdentifier().equals(id));
        return find(id).isEmpty();
    }

    /**
     * Drops one parked event for good (what Axon's queue calls evicting); the rest of its aggregate's sequence
     * stays parked behind it until retried. The read model misses that event: a replay rebuilds it.
     */
    public void evict(String id) {
        if (jdbc.update("DELETE FROM dead_letter_entry WHERE dead_letter_id = ?", id) == 0) {
            throw new UnknownDeadLetter(id);
        }
    }

    /** How many events wait in each projection processor's queue (processors with none are absent). */
    public Map<String, Long> countsByProcessor() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group ORDER BY 1",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
