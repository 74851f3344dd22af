package io.ultramarket.commerce.order;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.eventstore.EventStorePositions;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.MarkOrderDelivered;
import io.ultramarket.commerce.schemas.order.ShipOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.UUID;

/**
 * The orders read model through {@code GET /orders/{id}}. Confirmation, shipment and delivery have no HTTP
 * endpoint yet, so they are sent as commands, the way the checkout saga and the carriers will send them.
 */
@ApiIntegrationTest
class OrderViewIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStorePositions positions;
    Shop shop;
    HandPlacedOrders orders;

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        orders = new HandPlacedOrders(commands, http);
    }

    @Test
    void aPlacedOrderIsReadWithItsLinesAndShipping() {
        UUID customerId = UUID.randomUUID();
        UUID orderId = orders.place(customerId, "MUG-BLUE", 2, "9.90");

        http.get().uri("/orders/" + orderId).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.orderId").isEqualTo(orderId.toString())
                .jsonPath("$.customerId").isEqualTo(customerId.toString())
                .jsonPath("$.cartId").exists()
                .jsonPath("$.status").isEqualTo("PLACED")
                .jsonPath("$.lines.length()").isEqualTo(1)
                .jsonPath("$.lines[0].sku").isEqualTo("MUG-BLUE")
                .jsonPath("$.lines[0].quantity").isEqualTo(2)
                .jsonPath("$.lines[0].unitPrice.amount").isEqualTo("9.90")
                .jsonPath("$.lines[0].lineTotal.amount").isEqualTo("19.80")
                .jsonPath("$.total.amount").isEqualTo("19.80")
                .jsonPath("$.total.currency").isEqualTo("EUR")
                .jsonPath("$.shippingAddress.recipient").isEqualTo("Ada Lovelace")
                .jsonPath("$.shippingAddress.country").isEqualTo("DE")
                .jsonPath("$.shippingOption").isEqualTo("parcelpost:standard")
                .jsonPath("$.carrier").doesNotExist()
                .jsonPath("$.timeline.length()").isEqualTo(1)
                .jsonPath("$.timeline[0].status").isEqualTo("PLACED")
                .jsonPath("$.timeline[0].sequenceNumber").isEqualTo(0)
                .jsonPath("$.timeline[0].occurredAt").isNotEmpty();
    }

    @Test
    void theTimelineFollowsTheOrderThroughConfirmationShipmentAndDelivery() {
        UUID orderId = orders.place(UUID.randomUUID(), "TEE-RED-M", 1, "19.00");
        commands.sendAndWait(new ConfirmOrder(orderId));
        commands.sendAndWait(new ShipOrder(orderId, "DHL", "JD014600006281"));
        commands.sendAndWait(new MarkOrderDelivered(orderId, "DHL", "JD014600006281"));

        shop.read("/orders/" + orderId, positionOf(orderId))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.status").isEqualTo("DELIVERED")
                .jsonPath("$.carrier").isEqualTo("DHL")
                .jsonPath("$.trackingNumber").isEqualTo("JD014600006281")
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.timeline[*].status").isEqualTo(List.of("PLACED", "CONFIRMED", "SHIPPED", "DELIVERED"))
                .jsonPath("$.timeline[*].sequenceNumber").isEqualTo(List.of(0, 1, 2, 3))
                .jsonPath("$.timeline[2].detail.carrier").isEqualTo("DHL")
                .jsonPath("$.timeline[2].detail.trackingNumber").isEqualTo("JD014600006281")
                .jsonPath("$.timeline[3].detail").doesNotExist();
    }

    @Test
    void aCancelledOrderShowsWhyInItsTimeline() {
        UUID orderId = orders.place(UUID.randomUUID(), "LAMP-01", 1, "35.00");
        commands.sendAndWait(new CancelOrder(orderId, "customer changed their mind"));

        shop.read("/orders/" + orderId, positionOf(orderId))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.timeline[1].status").isEqualTo("CANCELLED")
                .jsonPath("$.timeline[1].detail.reason").isEqualTo("customer changed their mind");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        http.get().uri("/orders/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    private String positionOf(UUID aggregateId) {
        return Long.toString(positions.latestOf(aggregateId.toString()).orElseThrow());
    }
}
