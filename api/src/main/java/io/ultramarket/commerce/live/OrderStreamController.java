package io.ultramarket.commerce.live;

import reactor.core.publisher.Mono;
import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.query.live.FeedItem;
import io.ultramarket.commerce.query.live.LiveStreamProperties;
import io.ultramarket.commerce.query.live.OrderFeeds;
import io.ultramarket.commerce.query.live.OrderStatusChange;
import io.ultramarket.commerce.web.LongLivedResponses;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.util.UUID;

/**
 * Order events as server-sent events, live. Without {@code Last-Event-ID} a stream starts now; with it, it
 * first sends what the client missed after that position ({@code 0}: the whole history), then continues live.
 */
@RestController
class OrderStreamController {

    private final OrderFeeds orders;
    private final LiveStreamProperties properties;
    private final Owners owners;
    private final LongLivedResponses longLived;

    OrderStreamController(OrderFeeds orders, LiveStreamProperties properties, Owners owners, LongLivedResponses longLived) {
        this.orders = orders;
        this.properties = properties;
        this.owners = owners;
        this.longLived = longLived;
    }

    @GetMapping(path = "/orders/{orderId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<OrderStatusChange>>>> orderStream(
            @PathVariable UUID orderId,
            @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventId,
            Caller caller) {
        var resumeAfter = LastEventId.parse(lastEventId);
        // Checked before the stream starts, resumes included, so that another customer's order is a plain 404.
        return owners.requireOrderAccess(orderId, caller)
                .then(Mono.fromSupplier(() -> stream(orders.ofOrder(orderId, resumeAfter))));
    }

    /** Every order's events, for the back office (admin only: it shows every customer's orders). */
    @GetMapping(path = "/stream/orders", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<Flux<ServerSentEvent<OrderStatusChange>>> allOrdersStream(
            @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventId) {
        return stream(orders.ofAllOrders(LastEventId.parse(lastEventId)));
    }

    private ResponseEntity<Flux<ServerSentEvent<OrderStatusChange>>> stream(Flux<FeedItem> feed) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                // nginx buffers responses by default, which would hold events back until its buffer fills.
                .header("X-Accel-Buffering", "no")
                .body(longLived.endingAtShutdown(Heartbeats.between(OrderServerSentEvents.of(feed), properties.heartbeat())));
    }
}
