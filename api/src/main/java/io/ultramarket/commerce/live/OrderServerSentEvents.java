package io.ultramarket.commerce.live;

import io.ultramarket.commerce.query.live.ClientFellBehind;
import io.ultramarket.commerce.query.live.FeedItem;
import io.ultramarket.commerce.query.live.LiveEvent;
import io.ultramarket.commerce.query.live.OrderStatusChange;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/**
 * How an order feed is written as server-sent events: {@code id} is the event's global position,
 * {@code event} its type's simple name, {@code data} an {@link OrderStatusChange}.
 */
final class OrderServerSentEvents {

    private OrderServerSentEvents() {
    }

    static Flux<ServerSentEvent<OrderStatusChange>> of(Flux<FeedItem> feed) {
        return feed.map(OrderServerSentEvents::toEvent)
                // The connection ends cleanly; the client's EventSource reconnects with the last id it got.
                .onErrorResume(ClientFellBehind.class,
                        fellBehind -> Flux.just(comment(fellBehind.getMessage()).build()));
    }

    private static ServerSentEvent<OrderStatusChange> toEvent(FeedItem item) {
        if (item instanceof FeedItem.Opened opened) {
            // An id without data sends no event, but it is the id a browser reconnects with: a stream that
            // saw no event yet still resumes where it opened.
            return comment("live after position " + opened.position())
                    .id(Long.toString(opened.position()))
                    .build();
        }
        var change = OrderStatusChange.of((LiveEvent) item);
        return ServerSentEvent.builder(change)
                .id(Long.toString(change.position()))
                .event(change.type())
                .build();
    }

    private static ServerSentEvent.Builder<OrderStatusChange> comment(String text) {
        return ServerSentEvent.<OrderStatusChange>builder().comment(text);
    }
}
