package io.ultramarket.commerce.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * The global positions (Axon's global index) behind the {@code Commerce-Position} header, so that a client can later
 * ask a read model to have caught up to its write: the highest position a command's appends took, or an aggregate's
 * newest event. Blocking: callers run it off the event loop.
 */
@Component
public class EventStorePositions {

    private final JdbcTemplate jdbc;
    private final AppendedPositions appended;

    EventStorePositions(JdbcTemplate jdbc, AppendedPositions appended) {
        this.jdbc = jdbc;
        this.appended = appended;
    }

    /**
     * Runs a command on this thread (Axon's command bus appends on the sender's thread); the highest position its
     * appends took, or empty when it appended nothing (ADR 0113).
     */
    public OptionalLong appendedBy(Runnable command) {
        return appended.during(command);
    }

    public OptionalLong latestOf(String aggregateIdentifier) {
        return jdbc.query("SELECT global_index FROM " + EventStoreConfiguration.EVENT_TABLE
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
                rows -> rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty(),
                aggregateIdentifier);
    }
}
