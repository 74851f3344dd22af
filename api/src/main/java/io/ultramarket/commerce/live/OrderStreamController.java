package io.ultramarket.commerce.live;

import io.ultramarket.commerce.query.live.FeedItem;
import io.ultramarket.commerce.query.live.LiveStreamProperties;
import io.ultramarket.commerce.query.live.OrderFeeds;
import io.ultramarket.commerce.query.live.OrderStatusChange;
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

    OrderStreamController(OrderFeeds orders, LiveStreamProperties properties) {
        this.orders = orders;
        this.properties = properties;
    }

    @GetMapping(path = "/orders/{orderId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<Flux<ServerSentEvent<OrderStatusChange>>> orderStream(
            @PathVariable UUID orderId,
            @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventId) {
        return stream(orders.ofOrder(orderId, LastEventId.parse(lastEventId)));
    }

    /** Every order's events, for the back office. */
    // Security (a later issue): this stream shows every customer's orders and must require the ADMIN role.
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
                .body(Heartbeats.between(OrderServerSentEvents.of(feed), properties.heartbeat()));
    }
}
