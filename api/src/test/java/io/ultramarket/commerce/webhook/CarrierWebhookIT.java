package io.ultramarket.commerce.webhook;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.sagas.shipping.CarrierTrackingEvent;
import io.ultramarket.commerce.sagas.webhook.WebhookSignature;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.ShipOrder;
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
 * the carrier's secret, recently, by the carrier that holds the parcel, is applied, and each update is
 * applied once however often it arrives. The orders here are placed and handed to parcelpost by hand (as the
 * shipping relay would), so that only these webhooks move them on.
 */
@ApiIntegrationTest
class CarrierWebhookIT {

    private static final String SECRET = ApiIntegrationTest.CARRIER_SECRET;
    private static final String TRACKING_NUMBER = "PP000000000042";

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;

    @Test
    void aSignedDeliveryIsAppliedExactlyOnceAndADispatchReportChangesNothing() {
        UUID orderId = handedToParcelpost();
        String dispatched = update(orderId, "evt-1-" + orderId, CarrierTrackingEvent.DISPATCHED);
        String delivered = update(orderId, "evt-2-" + orderId, CarrierTrackingEvent.DELIVERED);

        deliver(dispatched, Instant.now(), SECRET).expectStatus().isAccepted()
                .expectBody().jsonPath("$.applied").isEqualTo(false);
        deliver(delivered, Instant.now(), SECRET).expectStatus().isAccepted()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        // The carrier retries both, the dispatch report arriving once more after the delivery.
        deliver(delivered, Instant.now(), SECRET).expectStatus().isAccepted();
        deliver(dispatched, Instant.now(), SECRET).expectStatus().isAccepted();

        assertThat(events.typesOf(orderId)).containsOnlyOnce(OrderShipped.class, OrderDelivered.class);
    }

    @Test
    void aCarrierCannotReportOnAParcelItWasNotGiven() {
        UUID orderId = handedToParcelpost();

        deliver("swiftship", update(orderId, "evt-sw-" + orderId, CarrierTrackingEvent.DELIVERED), Instant.now(),
                ApiIntegrationTest.OTHER_CARRIER_SECRET)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/parcel-not-with-carrier");
        assertThat(events.typesOf(orderId)).doesNotContain(OrderDelivered.class);
    }

    @Test
    void aDispatchReportDoesNotShipAnOrderTheCarrierWasNotGiven() {
        UUID orderId = new HandPlacedOrders(commands, http).place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");
        commands.sendAndWait(new ConfirmOrder(orderId));

        deliver(update(orderId, "evt-d-" + orderId, CarrierTrackingEvent.DISPATCHED), Instant.now(), SECRET)
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.applied").isEqualTo(false);
        deliver(update(orderId, "evt-e-" + orderId, CarrierTrackingEvent.DELIVERED), Instant.now(), SECRET)
                .expectStatus().isEqualTo(409);
        assertThat(events.typesOf(orderId)).doesNotContain(OrderShipped.class, OrderDelivered.class);
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

    private UUID handedToParcelpost() {
        UUID orderId = new HandPlacedOrders(commands, http).place(UUID.randomUUID(), "MUG-BLUE", 1, "9.90");
        commands.sendAndWait(new ConfirmOrder(orderId));
        commands.sendAndWait(new ShipOrder(orderId, "parcelpost", TRACKING_NUMBER));
        return orderId;
    }

    private static String update(UUID orderId, String eventId, String status) {
        return """
                {"eventId":"%s","orderId":"%s","trackingNumber":"%s","status":"%s","occurredAt":"2026-01-01T12:00:00Z"}"""
                .formatted(eventId, orderId, TRACKING_NUMBER, status);
    }

    private WebTestClient.ResponseSpec deliver(String body, Instant signedAt, String secret) {
        return deliver("parcelpost", body, signedAt, secret);
    }

    /** Webhooks carry no bearer token: the signature is their proof. */
    private WebTestClient.ResponseSpec deliver(String carrier, String body, Instant signedAt, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.post().uri("/webhooks/carriers/" + carrier).attributes(TestUsers.anonymous())
                .contentType(MediaType.APPLICATION_JSON)
                .header(CarrierTrackingEvent.SIGNATURE_HEADER, WebhookSignature.header(secret, signedAt, bytes))
                .bodyValue(bytes)
                .exchange();
    }
}
