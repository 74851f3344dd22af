package io.ultramarket.commerce.live;

import io.ultramarket.commerce.console.ConsolePage;
import io.ultramarket.commerce.query.live.OrderStatusChange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import reactor.core.publisher.Flux;

/**
 * The order stream over the console's session (ADR 0062): the same feed as {@code GET /stream/orders}, which a
 * browser's EventSource cannot reach with a bearer token. The console's orders page follows it live.
 */
@ConsolePage
class ConsoleOrderStream {

    private final OrderStreamController streams;

    ConsoleOrderStream(OrderStreamController streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/console/orders/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<Flux<ServerSentEvent<OrderStatusChange>>> allOrders(
            @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventId) {
        return streams.allOrdersStream(lastEventId);
    }
}
