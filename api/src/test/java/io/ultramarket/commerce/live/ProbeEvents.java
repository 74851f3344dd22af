package io.ultramarket.commerce.live;

import io.ultramarket.commerce.query.live.LiveEvent;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows written straight into the event table, as Axon writes them, under an aggregate type of the test's own,
 * so that no order stream and no event handler takes them for real events. Inserting with plain JDBC lets a
 * test hold a transaction open, which is what leaves a gap in the positions.
 */
final class ProbeEvents {

    private final DataSource dataSource;
    private final String aggregateType;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    ProbeEvents(DataSource dataSource, String aggregateType) {
        this.dataSource = dataSource;
        this.aggregateType = aggregateType;
    }

    String aggregateType() {
        return aggregateType;
    }

    /** Inserts one event and commits it; returns its position. */
    long insert() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection);
        }
    }

    /** Inserts one event in the connection's transaction; returns the position it took. */
    long insert(Connection connection) throws SQLException {
        String aggregateIdentifier = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry"
                + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload,"
                + " meta_data) VALUES (?, ?, 0, ?, ?, ?, ?, ?) RETURNING global_index")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregateIdentifier);
            insert.setString(3, aggregateType);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, "io.ultramarket.commerce.live." + aggregateType);
            insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
            try (ResultSet position = insert.executeQuery()) {
                position.next();
                written.add(aggregateIdentifier);
                return position.getLong(1);
            }
        }
    }

    /** The probe events among what a stream received, in the order received. */
    List<LiveEvent> eventsIn(Collection<?> received) {
        return received.stream()
                .filter(LiveEvent.class::isInstance)
                .map(LiveEvent.class::cast)
                .filter(event -> aggregateType.equals(event.aggregateType())
                        && written.contains(event.aggregateIdentifier()))
                .toList();
    }
}
