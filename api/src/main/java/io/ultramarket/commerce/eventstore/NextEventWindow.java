package io.ultramarket.commerce.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The statements that read tracked events after a position: Axon's window of {@code batchSize} global indexes, but
 * one that always reaches the next stored event, so that a hole in the numbering wider than a batch (inserts rolled
 * back) is crossed in the same statement. Axon's engine finds such a hole after an empty read, with a query of its own
 * for the next index and a second read (its extended gap check); the event store's producer reads once more after every
 * read that found events, and most of those reads find none, so that check cost a statement each time (ADR 0114).
 * The bound is {@code GREATEST(position + batchSize, the next stored index)}: the same window as Axon's whenever it
 * holds an event, and up to the next event when it holds none.
 */
final class NextEventWindow {

    private NextEventWindow() {
    }

    static PreparedStatement withoutGaps(Connection connection, EventSchema schema, long globalIndex, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select(schema) + window(schema) + orderBy(schema));
        bindWindow(statement, globalIndex, batchSize);
        return statement;
    }

    static PreparedStatement withGaps(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                      List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select(schema) + window(schema) + " OR "
                + schema.globalIndexColumn() + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                + orderBy(schema));
        bindWindow(statement, globalIndex, batchSize);
        for (int gap = 0; gap < gaps.size(); gap++) {
            statement.setLong(4 + gap, gaps.get(gap));
        }
        return statement;
    }

    private static String select(EventSchema schema) {
        return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
    }

    private static String window(EventSchema schema) {
        String index = schema.globalIndexColumn();
        return "(" + index + " > ? AND " + index + " <= GREATEST(?, (SELECT min(" + index + ") FROM "
                + schema.domainEventTable() + " WHERE " + index + " > ?)))";
    }

    private static String orderBy(EventSchema schema) {
        return " ORDER BY " + schema.globalIndexColumn() + " ASC";
    }

    private static void bindWindow(PreparedStatement statement, long globalIndex, int batchSize) throws SQLException {
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        statement.setLong(3, globalIndex);
    }
}
