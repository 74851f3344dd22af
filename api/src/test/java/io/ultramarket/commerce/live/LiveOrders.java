package io.ultramarket.commerce.live;

import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.StoredEvents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Orders as their streams show them: an order is placed and moved on with commands (as the checkout saga
 * does for a checked-out cart), and clients watch the server-sent events.
 */
final class LiveOrders {

    private static final ParameterizedTypeReference<ServerSentEvent<StreamedChange>> STREAM_EVENT =
            new ParameterizedTypeReference<>() {
            };

    private final WebTestClient http;
    private final CommandGateway commands;
    private final StoredEvents events;

    LiveOrders(WebTestClient http, CommandGateway commands, StoredEvents events) {
        this.http = http;
        this.commands = commands;
        this.events = events;
    }

    /** Places an order by hand (no checkout saga follows it) and waits until it is stored. */
    UUID placeOrder() {
        UUID orderId = new HandPlacedOrders(commands, http).place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.of(orderId).isEmpty());
        return orderId;
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    Flux<ServerSentEvent<StreamedChange>> orderStream(UUID orderId, OptionalLong lastEventId) {
        return open("/orders/" + orderId + "/stream", lastEventId);
    }

    Flux<ServerSentEvent<StreamedChange>> allOrdersStream(OptionalLong lastEventId) {
        return open("/stream/orders", lastEventId);
    }

    /**
     * The stream without its heartbeats (the only events without an id). Events are handed to the test on
     * a thread that may block, so that a StepVerifier can send commands between expectations.
     */
    private Flux<ServerSentEvent<StreamedChange>> open(String path, OptionalLong lastEventId) {
        return http.get().uri(path)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> lastEventId.ifPresent(id -> headers.set("Last-Event-ID", Long.toString(id))))
                .exchange()
                .expectStatus().isOk()
                .returnResult(STREAM_EVENT)
                .getResponseBody()
                .filter(event -> event.id() != null)
                .publishOn(Schedulers.boundedElastic());
    }
}
