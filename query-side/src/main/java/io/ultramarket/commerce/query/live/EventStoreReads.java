package io.ultramarket.commerce.query.live;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The queries of live streams on Axon's event table, over R2DBC. Every query walks an index: the primary
 * key global_index, or (aggregate_identifier, sequence_number) for one aggregate.
 */
public class EventStoreReads {

    private static final String SELECT = "SELECT global_index, type, aggregate_identifier, payload_type, time_stamp,"
            + " payload FROM domain_event_entry";

    private final DatabaseClient database;

    EventStoreReads(DatabaseClient database) {
        this.database = database;
    }

    /** The newest events, newest first. */
    Flux<LiveEvent> newest(int limit) {
        return database.sql(SELECT + " ORDER BY global_index DESC LIMIT :limit")
                .bind("limit", limit)
                .map(EventStoreReads::fromRow)
                .all();
    }

    /** Every event after a position, whatever its aggregate: the tail needs all of them to see gaps. */
    Flux<LiveEvent> after(long position, int limit) {
        return database.sql(SELECT + " WHERE global_index > :after ORDER BY global_index LIMIT :limit")
                .bind("after", position)
                .bind("limit", limit)
                .map(EventStoreReads::fromRow)
                .all();
    }

    /**
     * The selected events in (after, upTo], in store order, read a page at a time as the subscriber asks
     * for more, so that a long catch-up holds one page in memory, not the whole range.
     */
    Flux<LiveEvent> between(EventSelection selection, long after, long upTo, int pageSize) {
        return page(selection, after, upTo, pageSize)
                .expand(page -> page.size() < pageSize
                        ? Mono.empty()
                        : page(selection, page.get(page.size() - 1).position(), upTo, pageSize))
                .concatMapIterable(page -> page);
    }

    private Mono<List<LiveEvent>> page(EventSelection selection, long after, long upTo, int pageSize) {
        String sql = SELECT + " WHERE type = :type"
                + (selection.isSingleAggregate() ? " AND aggregate_identifier = :aggregateIdentifier" : "")
                + " AND global_index > :after AND global_index <= :upTo ORDER BY global_index LIMIT :limit";
        var spec = database.sql(sql)
                .bind("type", selection.aggregateType())
                .bind("after", after)
                .bind("upTo", upTo)
                .bind("limit", pageSize);
        if (selection.isSingleAggregate()) {
            spec = spec.bind("aggregateIdentifier", selection.aggregateIdentifier());
        }
        return spec.map(EventStoreReads::fromRow).all().collectList();
    }

    private static LiveEvent fromRow(Readable row) {
        return new LiveEvent(
                row.get("global_index", Long.class),
                row.get("type", String.class),
                row.get("aggregate_identifier", String.class),
                row.get("payload_type", String.class),
                // Axon writes ISO-8601 instants into this text column.
                Instant.parse(row.get("time_stamp", String.class)),
                new String(row.get("payload", byte[].class), StandardCharsets.UTF_8));
    }
}
