package io.ultramarket.commerce.query.live;

import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One subscriber's view of the store: the selected events after a position (its Last-Event-ID), then the
 * live ones, each exactly once and in store order.
 *
 * <p>The feed joins the tail first and takes the first signal it receives as its boundary: everything up
 * to the boundary is committed, so the catch-up reads it from the database; everything after it arrives
 * through the tail. Live events wait in a buffer of {@code max-buffered-events} while the catch-up runs or
 * while the client reads slowly. When one more arrives, the feed ends at once with {@link ClientFellBehind}
 * and the buffer is dropped; the client resumes from the last event it received. Memory per client is
 * bounded by the buffer and one catch-up page.
 */
public class EventFeed {

    private final EventStoreTail tail;
    private final EventStoreReads reads;
    private final int maxBufferedEvents;
    private final int pageSize;

    public EventFeed(EventStoreTail tail, EventStoreReads reads, int maxBufferedEvents, int pageSize) {
        this.tail = tail;
        this.reads = reads;
        this.maxBufferedEvents = maxBufferedEvents;
        this.pageSize = pageSize;
    }

    /**
     * @param after the position the client has seen (its Last-Event-ID); empty to start from now
     */
    public Flux<FeedItem> follow(EventSelection selection, OptionalLong after) {
        return Flux.defer(() -> {
            var boundaryPending = new AtomicBoolean(true);
            Sinks.Empty<Void> fellBehind = Sinks.empty();
            return tail.signals()
                    // The first signal, whatever it is, is the boundary; after it, only the selected events.
                    .filter(signal -> boundaryPending.getAndSet(false)
                            || signal instanceof LiveEvent event && selection.matches(event))
                    // On overflow the buffer stops reading the tail, but it would report the error only after
                    // the client had read everything buffered, which a stalled client never does.
                    .onBackpressureBuffer(maxBufferedEvents,
                            overflowing -> fellBehind.tryEmitError(new ClientFellBehind(maxBufferedEvents)),
                            BufferOverflowStrategy.ERROR)
                    .switchOnFirst((first, signals) -> first.hasValue()
                            ? resume(selection, after, first.get().position(), signals)
                            : signals.ofType(FeedItem.class))
                    .takeUntilOther(fellBehind.asMono());
        });
    }

    private Flux<FeedItem> resume(EventSelection selection, OptionalLong after, long boundary,
                                  Flux<TailSignal> signals) {
        long from = after.orElse(boundary);
        Flux<LiveEvent> missed = after.isPresent() && from < boundary
                ? reads.between(selection, from, boundary, pageSize)
                : Flux.empty();
        // The boundary signal itself is covered by the catch-up. A client may claim a position beyond it (an
        // instance whose tail is further ahead served it last); it has seen those events already.
        Flux<LiveEvent> live = signals.skip(1)
                .ofType(LiveEvent.class)
                .filter(event -> event.position() > from);
        return Flux.concat(Mono.just(new FeedItem.Opened(from)), missed, live);
    }
}
