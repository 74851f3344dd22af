package io.ultramarket.commerce.query.eventstore;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

import java.util.Collection;

/**
 * Reads rows of Axon's event table over R2DBC, without blocking. Every query walks a unique index: the primary
 * key {@code global_index}, or {@code (aggregate_identifier, sequence_number)} for one aggregate.
 */
public class StoredEvents {

    private static final String SELECT = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data, hash FROM domain_event_entry";

    private final DatabaseClient database;

    public StoredEvents(DatabaseClient database) {
        this.database = database;
    }

    /** One aggregate's events in its order; {@code storedType} is the {@code type} column (e.g. {@code Order}). */
    public Flux<StoredEvent> ofAggregate(String storedType, String aggregateId) {
        return database.sql(SELECT + " WHERE aggregate_identifier = :aggregateId AND type = :type ORDER BY sequence_number")
                .bind("aggregateId", aggregateId)
                .bind("type", storedType)
                .map(StoredEvents::fromRow)
                .all();
    }

    /**
     * One aggregate's events of some payload types (class names), in its order: the types are matched by the
     * database, so a reader of a few kinds of event in a long stream does not fetch and decode the others.
     */
    public Flux<StoredEvent> ofAggregate(String storedType, String aggregateId, Collection<String> payloadTypes) {
        return ofAggregate(storedType, aggregateId, payloadTypes, Integer.MAX_VALUE);
    }

    /** As {@link #ofAggregate(String, String, Collection)}, the first {@code limit} of them only. */
    public Flux<StoredEvent> ofAggregate(String storedType, String aggregateId, Collection<String> payloadTypes, int limit) {
        return database.sql(SELECT + " WHERE aggregate_identifier = :aggregateId AND type = :type"
                        + " AND payload_type = ANY(:payloadTypes) ORDER BY sequence_number LIMIT :limit")
                .bind("aggregateId", aggregateId)
                .bind("type", storedType)
                .bind("payloadTypes", payloadTypes.toArray(String[]::new))
                .bind("limit", limit)
                .map(StoredEvents::fromRow)
                .all();
    }

    /** Every event after a position, whatever its aggregate, in store order. */
    public Flux<StoredEvent> after(long position, int limit) {
        return database.sql(SELECT + " WHERE global_index > :after ORDER BY global_index LIMIT :limit")
                .bind("after", position)
                .bind("limit", limit)
                .map(StoredEvents::fromRow)
                .all();
    }

    /** The newest events, newest first. */
    public Flux<StoredEvent> newest(int limit) {
        return database.sql(SELECT + " ORDER BY global_index DESC LIMIT :limit")
                .bind("limit", limit)
                .map(StoredEvents::fromRow)
                .all();
    }

    /**
     * The events of one aggregate type in {@code (after, upTo]}, in store order, of one aggregate when
     * {@code aggregateId} is not null.
     */
    public Flux<StoredEvent> ofTypeBetween(String storedType, String aggregateId, long after, long upTo, int limit) {
        var query = database.sql(SELECT + " WHERE type = :type"
                        + (aggregateId != null ? " AND aggregate_identifier = :aggregateId" : "")
                        + " AND global_index > :after AND global_index <= :upTo ORDER BY global_index LIMIT :limit")
                .bind("type", storedType)
                .bind("after", after)
                .bind("upTo", upTo)
                .bind("limit", limit);
        if (aggregateId != null) {
            query = query.bind("aggregateId", aggregateId);
        }
        return query.map(StoredEvents::fromRow).all();
    }

    private static StoredEvent fromRow(Readable row) {
        return new StoredEvent(
                row.get("global_index", Long.class),
                row.get("event_identifier", String.class),
                row.get("aggregate_identifier", String.class),
                row.get("sequence_number", Long.class),
                row.get("type", String.class),
                row.get("time_stamp", String.class),
                row.get("payload_type", String.class),
                row.get("payload_revision", String.class),
                row.get("payload", byte[].class),
                row.get("meta_data", byte[].class),
                row.get("hash", byte[].class));
    }
}
