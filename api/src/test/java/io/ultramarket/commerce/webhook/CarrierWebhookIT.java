package io.ultramarket.commerce.webhook;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.sagas.shipping.CarrierTrackingEvent;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carriers report tracking updates to {@code POST /webhooks/carriers/{carrier}}: only a delivery signed with
 * the carrier's secret, recently, is applied, and each update is applied once however often it arrives.
 * The orders here are placed by hand, so that only these webhooks move them.
 */
@ApiIntegrationTest
class CarrierWebhookIT {

    private static final String SECRET = "dev-secret-parcelpost";

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;

    @Test
    void signedUpdatesShipAndDeliverTheOrderEachExactlyOnce() {
        UUID orderId = new HandPlacedOrders(commands, http).place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");
        commands.sendAndWait(new ConfirmOrder(orderId));
        String dispatched = update(orderId, "evt-1-" + orderId, CarrierTrackingEvent.DISPATCHED);
        String delivered = update(orderId, "evt-2-" + orderId, CarrierTrackingEvent.DELIVERED);

        deliver(dispatched, Instant.now(), SECRET).expectStatus().isAccepted()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        deliver(delivered, Instant.now(), SECRET).expectStatus().isAccepted();
        // The carrier retries both, the dispatch report arriving once more after the delivery.
        deliver(delivered, Instant.now(), SECRET).expectStatus().isAccepted();
        deliver(dispatched, Instant.now(), SECRET).expectStatus().isAccepted();

        assertThat(events.typesOf(orderId)).containsOnlyOnce(OrderShipped.class, OrderDelivered.class);
    }

    @Test
    void aWrongSignatureIsRefusedAndChangesNothing() {
        UUID orderId = new HandPlacedOrders(commands, http).place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");
        commands.sendAndWait(new ConfirmOrder(orderId));

        deliver(update(orderId, "evt-x-" + orderId, CarrierTrackingEvent.DISPATCHED), Instant.now(), "not-the-secret")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-webhook-signature")
                .jsonPath("$.detail").isEqualTo("no v1 signature matches the body");
        assertThat(events.typesOf(orderId)).doesNotContain(OrderShipped.class);
    }

    @Test
    void anOldSignatureIsRefusedAsAReplay() {
        UUID orderId = UUID.randomUUID();
        deliver(update(orderId, "evt-old-" + orderId, CarrierTrackingEvent.DELIVERED),
                Instant.now().minus(Duration.ofMinutes(10)), SECRET)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-webhook-signature")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("at most 300 s is accepted"));
    }

    @Test
    void anUnknownCarrierIsNotFound() {
        http.post().uri("/webhooks/carriers/pigeonpost").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    private static String update(UUID orderId, String eventId, String status) {
        return """
                {"eventId":"%s","orderId":"%s","trackingNumber":"PP000000000042","status":"%s","occurredAt":"2026-01-01T12:00:00Z"}"""
                .formatted(eventId, orderId, status);
    }

    private WebTestClient.ResponseSpec deliver(String body, Instant signedAt, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.post().uri("/webhooks/carriers/parcelpost")
                .contentType(MediaType.APPLICATION_JSON)
                .header(CarrierTrackingEvent.SIGNATURE_HEADER, WebhookSignature.header(secret, signedAt, bytes))
                .bodyValue(bytes)
                .exchange();
    }
}
