package io.ultramarket.commerce.query.live;

import io.ultramarket.commerce.query.eventstore.SealedFields;
import io.ultramarket.commerce.query.eventstore.StoredEvent;
import io.ultramarket.commerce.query.eventstore.StoredEvents;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The event store as live streams read it: stored events as {@link LiveEvent}s, a catch-up a page at a time. */
public class EventStoreReads {

    private final StoredEvents events;
    private final SealedFields sealed;

    /** {@code sealed} opens the personal fields of what the streams show (ADR 0069). */
    EventStoreReads(StoredEvents events, SealedFields sealed) {
        this.events = events;
        this.sealed = sealed;
    }

    /** The newest events, newest first. */
    Flux<LiveEvent> newest(int limit) {
        return sealed.openAll(events.newest(limit)).map(EventStoreReads::live);
    }

    /** Every event after a position, whatever its aggregate: the tail needs all of them to see gaps. */
    Flux<LiveEvent> after(long position, int limit) {
        return sealed.openAll(events.after(position, limit)).map(EventStoreReads::live);
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
        return sealed.openAll(events.ofTypeBetween(selection.aggregateType(),
                        selection.isSingleAggregate() ? selection.aggregateIdentifier() : null, after, upTo, pageSize))
                .map(EventStoreReads::live)
                .collectList();
    }

    private static LiveEvent live(StoredEvent event) {
        // Axon writes ISO-8601 instants into the text column time_stamp.
        return new LiveEvent(event.position(), event.aggregateType(), event.aggregateId(), event.payloadType(),
                Instant.parse(event.timestamp()), new String(event.payload(), StandardCharsets.UTF_8));
    }
}
