package io.ultramarket.commerce.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Reads the global position (Axon's global index) of an aggregate's newest event: the value of the
 * {@code Commerce-Position} header, so that a client can later ask a read model to have caught up to it.
 * Blocking JDBC: callers run it off the event loop.
 */
@Component
public class EventStorePositions {

    private final JdbcTemplate jdbc;

    EventStorePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalLong latestOf(String aggregateIdentifier) {
        return jdbc.query("SELECT global_index FROM " + EventStoreConfiguration.EVENT_TABLE
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
                rows -> rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty(),
                aggregateIdentifier);
    }
}
