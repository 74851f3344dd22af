package io.ultramarket.commerce.query.live;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The commits of events this instance has heard of, its own and other instances' (the app's commit
 * notifications, ADR 0055 and 0061), counted. The live streams' tail reads again as soon as one is heard
 * instead of waiting out its poll interval. Only the latest count is kept: a waiter that subscribes after a
 * commit it has not seen yet is woken at once, so none is missed between a read and the wait after it.
 */
public final class StoreCommits {

    private final AtomicLong heard = new AtomicLong();
    private final Sinks.Many<Long> latest = Sinks.many().replay().latest();

    /** Events were committed (or may have been, after the notifications' connection was lost). */
    public synchronized void heard() {
        latest.tryEmitNext(heard.incrementAndGet());
    }

    /** How many commits have been heard so far. */
    long count() {
        return heard.get();
    }

    /** Emits once a commit beyond the first {@code seen} has been heard: at once if one has already. */
    Mono<Long> after(long seen) {
        return latest.asFlux().filter(count -> count > seen).next();
    }
}
