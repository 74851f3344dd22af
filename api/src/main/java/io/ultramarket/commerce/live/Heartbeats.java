package io.ultramarket.commerce.live;

import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * Proxies and load balancers close connections that stay silent for a while (often 30 to 60 seconds). A
 * comment line every interval keeps an idle stream open; clients ignore comments.
 */
final class Heartbeats {

    static final String COMMENT = "heartbeat";

    private Heartbeats() {
    }

    /** The events, with a heartbeat comment every interval; ends when the events end. */
    static <T> Flux<ServerSentEvent<T>> between(Flux<ServerSentEvent<T>> events, Duration every) {
        return events.publish(shared -> Flux.merge(shared,
                Flux.interval(every, every)
                        // A client too slow to take a heartbeat does not need another one queued.
                        .onBackpressureDrop()
                        .map(tick -> ServerSentEvent.<T>builder().comment(COMMENT).build())
                        .takeUntilOther(shared.ignoreElements().onErrorComplete())));
    }
}
