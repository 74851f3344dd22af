package io.ultramarket.commerce.query.live;

import reactor.core.publisher.Flux;

import java.util.OptionalLong;
import java.util.UUID;

/** The feeds of order events: one order's, and every order's (for the back office). */
public class OrderFeeds {

    /** What Axon writes into the type column for the Order aggregate: its class's simple name. */
    static final String ORDER = "Order";

    private final EventFeed feed;

    OrderFeeds(EventFeed feed) {
        this.feed = feed;
    }

    public Flux<FeedItem> ofOrder(UUID orderId, OptionalLong after) {
        return feed.follow(EventSelection.aggregate(ORDER, orderId.toString()), after);
    }

    public Flux<FeedItem> ofAllOrders(OptionalLong after) {
        return feed.follow(EventSelection.everyAggregateOf(ORDER), after);
    }
}
