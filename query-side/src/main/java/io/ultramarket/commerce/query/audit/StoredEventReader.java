package io.ultramarket.commerce.query.audit;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * Reads rows of Axon's event table (created by V1__axon_event_store.sql, hashed since V3) over R2DBC. Both
 * queries walk a unique index: (aggregate_identifier, sequence_number) and the primary key global_index.
 */
class StoredEventReader {

    private static final String COLUMNS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data, hash FROM domain_event_entry";

    private final DatabaseClient database;

    StoredEventReader(DatabaseClient database) {
        this.database = database;
    }

    Flux<StoredEvent> ofAggregate(AggregateType type, String aggregateId) {
        return database.sql(COLUMNS + " WHERE aggregate_identifier = :aggregateId AND type = :type"
                        + " ORDER BY sequence_number")
                .bind("aggregateId", aggregateId)
                .bind("type", type.storedName())
                .map(StoredEventReader::fromRow)
                .all();
    }

    Flux<StoredEvent> after(long position, int limit) {
        return database.sql(COLUMNS + " WHERE global_index > :after ORDER BY global_index LIMIT :limit")
                .bind("after", position)
                .bind("limit", limit)
                .map(StoredEventReader::fromRow)
                .all();
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
