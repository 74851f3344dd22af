package io.ultramarket.commerce.live;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.ReturnOrder;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class OrderStreamIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;
    @Autowired
    JdbcTemplate jdbc;
    LiveOrders orders;

    @BeforeEach
    void setUp() {
        orders = new LiveOrders(http, commands, events);
    }

    @Test
    void anOrdersStreamPushesItsConfirmationAndThenItsShipment() {
        UUID orderId = orders.placeOrder();
        List<Long> received = new ArrayList<>();

        StepVerifier.create(orders.orderStream(orderId, OptionalLong.empty()))
                .assertNext(OrderStreamIT::isOpening)
                .then(() -> {
                    orders.send(new ConfirmOrder(orderId));
                    orders.send(new ShipOrder(orderId, "DHL", "00340434161094042557"));
                })
                .assertNext(confirmed -> received.add(assertChange(confirmed, orderId, "OrderConfirmed", "CONFIRMED")))
                .assertNext(shipped -> {
                    received.add(assertChange(shipped, orderId, "OrderShipped", "SHIPPED"));
                    assertThat(shipped.data().payload())
                            .containsEntry("carrier", "DHL")
                            .containsEntry("trackingNumber", "00340434161094042557");
                })
                .thenCancel()
                .verify(PATIENCE);

        // The ids are the events' positions in the store; the placement came before the stream opened.
        assertThat(received).isEqualTo(storedPositionsOf(orderId).subList(1, 3));
    }

    @Test
    void aClientThatReconnectsWithLastEventIdReceivesExactlyTheEventsItMissed() {
        UUID orderId = orders.placeOrder();
        var lastReceived = new AtomicLong();
        StepVerifier.create(orders.orderStream(orderId, OptionalLong.empty()))
                .assertNext(OrderStreamIT::isOpening)
                .then(() -> orders.send(new ConfirmOrder(orderId)))
                .assertNext(confirmed -> lastReceived.set(Long.parseLong(confirmed.id())))
                .thenCancel()
                .verify(PATIENCE);

        // While the client is away, the order ships and is delivered.
        orders.send(new ShipOrder(orderId, "UPS", "1Z999AA10123456784"));
        orders.send(new MarkOrderDelivered(orderId, "UPS", "1Z999AA10123456784"));

        List<Long> received = new ArrayList<>();
        StepVerifier.create(orders.orderStream(orderId, OptionalLong.of(lastReceived.get())))
                .assertNext(opening -> assertThat(opening.id()).isEqualTo(Long.toString(lastReceived.get())))
                .assertNext(shipped -> received.add(assertChange(shipped, orderId, "OrderShipped", "SHIPPED")))
                .assertNext(delivered -> received.add(assertChange(delivered, orderId, "OrderDelivered", "DELIVERED")))
                // And the reconnected stream carries on live after what it caught up on.
                .then(() -> orders.send(new ReturnOrder(orderId, UUID.randomUUID(),
                        List.of(new ReturnedLine(Sku.of("MUG-BLUE"), Quantity.of(1))), "too small")))
                .assertNext(returned -> received.add(assertChange(returned, orderId, "OrderReturned", "RETURNED")))
                .thenCancel()
                .verify(PATIENCE);

        List<Long> stored = storedPositionsOf(orderId);
        assertThat(received).isEqualTo(stored.subList(stored.indexOf(lastReceived.get()) + 1, stored.size()));
    }

    @Test
    void lastEventIdZeroReplaysTheOrdersWholeHistory() {
        UUID orderId = orders.placeOrder();
        orders.send(new ConfirmOrder(orderId));

        StepVerifier.create(orders.orderStream(orderId, OptionalLong.of(0)))
                .assertNext(opening -> assertThat(opening.id()).isEqualTo("0"))
                .assertNext(placed -> assertChange(placed, orderId, "OrderPlaced", "PLACED"))
                .assertNext(confirmed -> assertChange(confirmed, orderId, "OrderConfirmed", "CONFIRMED"))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void aLastEventIdThatIsNoPositionIsRefused() {
        http.get().uri("/orders/" + UUID.randomUUID() + "/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header("Last-Event-ID", "yesterday")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/invalid-request");
    }

    static void isOpening(ServerSentEvent<StreamedChange> opening) {
        assertThat(opening.data()).isNull();
        assertThat(opening.comment()).startsWith("live after position");
    }

    /** Checks one status change and returns its position. */
    static long assertChange(ServerSentEvent<StreamedChange> event, UUID orderId, String type, String status) {
        assertThat(event.event()).isEqualTo(type);
        StreamedChange change = event.data();
        assertThat(change.orderId()).isEqualTo(orderId);
        assertThat(change.type()).isEqualTo(type);
        assertThat(change.status()).isEqualTo(status);
        assertThat(change.payload()).containsEntry("orderId", orderId.toString());
        assertThat(change.occurredAt()).isNotNull();
        assertThat(event.id()).isEqualTo(Long.toString(change.position()));
        return change.position();
    }

    private List<Long> storedPositionsOf(UUID orderId) {
        return jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY global_index", Long.class, orderId.toString());
    }
}
