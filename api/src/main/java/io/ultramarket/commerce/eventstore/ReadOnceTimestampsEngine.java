package io.ultramarket.commerce.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Axon's JDBC storage engine, but each stored event's timestamp is read once, when its row is read, and by
 * {@link StoredTimestamp} (ADR 0108). Axon's engine parses it when it decides whether the event may still have gaps
 * before it, and again whenever a handler asks. The gap rules are Axon's, with Axon's default settings, which this
 * engine sets on the builder itself so that its own copy of them cannot differ: an event younger than the gap timeout
 * may still have gaps before it (transactions not yet committed), up to the maximum gap offset behind it.
 *
 * <p>Its reads of tracked events reach the next stored event however wide the hole before it ({@link NextEventWindow},
 * ADR 0114), so Axon's extended gap check, a statement after every empty read, is off.
 *
 * <p>It also hands the global index of each event that a command appends to {@link AppendedPositions} when the
 * command's position is asked for (ADR 0113): the append returns it, so no query after the command reads it again.
 */
final class ReadOnceTimestampsEngine extends JdbcEventStorageEngine {

    static final int GAP_TIMEOUT_MILLIS = 60_000;
    static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;

    private final AppendedPositions appendedPositions;
    private volatile int gapTimeout = GAP_TIMEOUT_MILLIS;

    private ReadOnceTimestampsEngine(Builder builder, AppendedPositions appendedPositions) {
        super(builder);
        this.appendedPositions = appendedPositions;
    }

    static ReadOnceTimestampsEngine build(Builder builder, AppendedPositions appendedPositions) {
        return new ReadOnceTimestampsEngine(builder.gapTimeout(GAP_TIMEOUT_MILLIS)
                .maxGapOffset(MAX_GAP_OFFSET)
                .lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                // The reads cross a hole wider than a batch themselves (ADR 0114): Axon's check after an empty read
                // would only repeat what they found.
                .readEventDataWithoutGaps(NextEventWindow::withoutGaps)
                .readEventDataWithGaps(NextEventWindow::withGaps)
                .extendedGapCheckEnabled(false), appendedPositions);
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        return super.appendEvents(appendedPositions.wanted()
                ? ReturningGlobalIndex.on(connection, schema().globalIndexColumn(), appendedPositions)
                : connection, events, serializer);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalIndex = row.getLong(schema().globalIndexColumn());
        ReadOnceEventEntry<?> event = entry(row, true);
        boolean mayHaveGaps = event.getTimestamp()
                .isAfter(GenericEventMessage.clock.instant().minusMillis(gapTimeout));
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(globalIndex, mayHaveGaps ? allBefore(globalIndex) : Collections.emptySortedSet())
                : previousToken.advanceTo(globalIndex, mayHaveGaps ? MAX_GAP_OFFSET : 0);
        return new TrackedDomainEventData<>(token, event);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet row) throws SQLException {
        return entry(row, false);
    }

    @Override
    public void setGapTimeout(int gapTimeout) {
        super.setGapTimeout(gapTimeout);
        this.gapTimeout = gapTimeout;
    }

    /**
     * The row as Axon's engine reads it. A tracked event whose identifier is its aggregate's identifier is an event
     * published outside an aggregate, which Axon stores that way, and reads back without an aggregate.
     */
    private ReadOnceEventEntry<?> entry(ResultSet row, boolean tracked) throws SQLException {
        EventSchema schema = schema();
        String aggregateIdentifier = row.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = row.getString(schema.eventIdentifierColumn());
        return new ReadOnceEventEntry<>(row.getString(schema.typeColumn()),
                tracked && eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                row.getLong(schema.sequenceNumberColumn()),
                eventIdentifier,
                StoredTimestamp.parse(row.getString(schema.timestampColumn())),
                row.getString(schema.payloadTypeColumn()),
                row.getString(schema.payloadRevisionColumn()),
                readPayload(row, schema.payloadColumn()),
                readPayload(row, schema.metaDataColumn()));
    }

    private static SortedSet<Long> allBefore(long globalIndex) {
        return LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex)
                .boxed()
                .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }
}
