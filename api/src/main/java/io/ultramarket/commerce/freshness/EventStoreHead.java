package io.ultramarket.commerce.freshness;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The newest position in the event store, read from the primary with JDBC (a read replica could lag and
 * make a real position look like the future). {@code max} over the primary key is one index probe.
 */
@Component
class EventStoreHead {

    private final JdbcTemplate jdbc;

    EventStoreHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long position() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
