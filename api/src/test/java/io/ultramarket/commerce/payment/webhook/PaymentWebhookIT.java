package io.ultramarket.commerce.payment.webhook;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.StoredEvents;
import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.stripe.StripePaymentGateway;
import io.ultramarket.commerce.sagas.payment.stripe.StripeProperties;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import io.ultramarket.commerce.sagas.payment.SimulatedPaymentProvider;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import io.ultramarket.commerce.servers.stripe.StripeWebhook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /webhooks/payments} over HTTP, with deliveries signed by the local Stripe server the way
 * Stripe signs them, applied to payments in the real event store.
 */
@ApiIntegrationTest
class PaymentWebhookIT {

    static final String STRIPE_KEY = "sk_test_webhooks";
    static final Money AMOUNT = Money.of("38.80", "EUR");
    static StripeServer stripe;
    static StripePaymentGateway provider;

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    StoredEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startStripe() {
        stripe = StripeServer.start(STRIPE_KEY);
        provider = new StripePaymentGateway(new StripeProperties(URI.create(stripe.url()), STRIPE_KEY,
                Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    @Test
    void anAuthorizationAtTheProviderAuthorizesThePayment() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);

        int status = stripe.deliver(webhook("payment_intent.amount_capturable_updated", intentId),
                URI.create("http://127.0.0.1:" + port + "/webhooks/payments"));

        assertThat(status).isEqualTo(200);
        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class, PaymentAuthorized.class);
        var authorized = (PaymentAuthorized) events.of(paymentId).get(1).getPayload();
        assertThat(authorized.providerReference()).isEqualTo(intentId);
        assertThat(authorized.amount()).isEqualTo(AMOUNT);
    }

    @Test
    void aDeliveryWithABadSignatureIsRefusedAndChangesNothing() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        StripeWebhook signedWithAnotherSecret = stripe.webhook("payment_intent.amount_capturable_updated", intentId,
                "whsec_someone_else", Instant.now());

        expectProblem(deliver(signedWithAnotherSecret), 400, "/problems/invalid-webhook-signature")
                .jsonPath("$.detail").isEqualTo("no v1 signature matches the body");

        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class);
        assertThat(deliveriesRecorded(signedWithAnotherSecret.eventId())).isZero();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        StripeWebhook genuine = webhook("payment_intent.amount_capturable_updated", intentId);
        byte[] tampered = genuine.bodyText().replace("\"amount_capturable\":3880", "\"amount_capturable\":1")
                .getBytes(StandardCharsets.UTF_8);

        expectProblem(http.post().uri("/webhooks/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .header(PaymentWebhookController.SIGNATURE_HEADER, genuine.signature())
                .bodyValue(tampered)
                .exchange(), 400, "/problems/invalid-webhook-signature");
        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class);
    }

    @Test
    void aDeliverySignedLongAgoIsRefusedAsAReplay() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        StripeWebhook old = stripe.webhook("payment_intent.amount_capturable_updated", intentId,
                ApiIntegrationTest.WEBHOOK_SECRET, Instant.now().minus(Duration.ofMinutes(10)));

        expectProblem(deliver(old), 400, "/problems/invalid-webhook-signature")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("at most 300 s"));

        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class);
    }

    @Test
    void aDeliveryWithoutSignatureIsRefused() {
        StripeWebhook webhook = webhook("payment_intent.amount_capturable_updated", authorizedAtStripe(requestedPayment()));

        expectProblem(http.post().uri("/webhooks/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(webhook.body())
                .exchange(), 400, "/problems/invalid-webhook-signature")
                .jsonPath("$.detail").isEqualTo("the signature header is missing");
    }

    @Test
    void aDeliverySignedWithThePreviousSecretIsAcceptedDuringRotation() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);

        deliver(stripe.webhook("payment_intent.amount_capturable_updated", intentId, "whsec_it_previous", Instant.now()))
                .expectStatus().isOk();

        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class, PaymentAuthorized.class);
    }

    @Test
    void aRepeatedEventIsAcknowledgedEachTimeAndAppliedOnce() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        StripeWebhook authorized = webhook("payment_intent.amount_capturable_updated", intentId);

        for (int delivery = 0; delivery < 3; delivery++) {
            deliver(authorized).expectStatus().isOk().expectBody().jsonPath("$.eventId").isEqualTo(authorized.eventId());
        }

        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class, PaymentAuthorized.class);
        assertThat(deliveriesRecorded(authorized.eventId())).isEqualTo(1);
    }

    @Test
    void anEventThatDoesNotFitYetLeavesNoTraceAndIsAppliedWhenRetried() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        provider.capture(new CaptureRequest(paymentId, intentId, AMOUNT)).block();
        // Stripe's events may arrive in any order: "succeeded" before "amount_capturable_updated".
        StripeWebhook succeeded = webhook("payment_intent.succeeded", intentId);

        expectProblem(deliver(succeeded), 409, "/problems/illegal-payment-transition");
        assertThat(deliveriesRecorded(succeeded.eventId())).isZero();

        commands.sendAndWait(new AuthorizePayment(paymentId, intentId, AMOUNT));
        deliver(succeeded).expectStatus().isOk().expectBody().jsonPath("$.outcome").isEqualTo("applied");

        assertThat(events.typesOf(paymentId))
                .containsExactly(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
        assertThat(deliveriesRecorded(succeeded.eventId())).isEqualTo(1);
    }

    @Test
    void anAuthorizationReportedAfterTheCaptureIsOldNewsAndChangesNothing() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        StripeWebhook lateAuthorization = webhook("payment_intent.amount_capturable_updated", intentId);
        commands.sendAndWait(new AuthorizePayment(paymentId, intentId, AMOUNT));
        commands.sendAndWait(new CapturePayment(paymentId, AMOUNT));

        deliver(lateAuthorization)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("superseded");

        assertThat(events.typesOf(paymentId))
                .containsExactly(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
    }

    @Test
    void anEventOfNoConcernIsAcknowledgedAndIgnored() {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);

        deliver(webhook("payment_intent.created", intentId))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("ignored");

        assertThat(events.typesOf(paymentId)).containsExactly(PaymentRequested.class);
    }

    @Test
    void aCaptureWebhookRacingTheSagasOwnCaptureCapturesOnce() throws Exception {
        UUID paymentId = requestedPayment();
        String intentId = authorizedAtStripe(paymentId);
        commands.sendAndWait(new AuthorizePayment(paymentId, intentId, AMOUNT));
        // The saga captures at the provider, which then reports it; both tell the payment "captured".
        provider.capture(new CaptureRequest(paymentId, intentId, AMOUNT)).block();
        StripeWebhook succeeded = webhook("payment_intent.succeeded", intentId);
        StripeWebhook sentAgain = webhook("payment_intent.succeeded", intentId);

        ExecutorService racers = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> webhookStatuses = new ArrayList<>();
        try {
            Future<?> sagaCapture = racers.submit((Callable<Object>) () -> {
                start.await();
                return commands.sendAndWait(new CapturePayment(paymentId, AMOUNT));
            });
            for (StripeWebhook delivery : List.of(succeeded, succeeded, sentAgain, sentAgain)) {
                webhookStatuses.add(racers.submit(() -> {
                    start.await();
                    return deliver(delivery).returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            sagaCapture.get();
            for (Future<Integer> status : webhookStatuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            racers.shutdownNow();
        }

        assertThat(events.typesOf(paymentId))
                .containsExactly(PaymentRequested.class, PaymentAuthorized.class, PaymentCaptured.class);
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
        assertThat(deliveriesRecorded(succeeded.eventId())).isEqualTo(1);
        assertThat(deliveriesRecorded(sentAgain.eventId())).isEqualTo(1);
    }

    @Test
    void theWebhookIsInTheApiDescription() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/webhooks/payments'].post.parameters[?(@.name == 'Stripe-Signature')]").exists();
    }

    /**
     * A payment waiting for the provider. The app's own provider relay also reacts to it; the simulated
     * provider never answers this token, so here only the webhooks under test move the payment.
     */
    private UUID requestedPayment() {
        UUID paymentId = UUID.randomUUID();
        commands.sendAndWait(new RequestPayment(paymentId, UUID.randomUUID(), AMOUNT,
                new PaymentMethod("card", SimulatedPaymentProvider.UNRESPONSIVE_TOKEN)));
        return paymentId;
    }

    private String authorizedAtStripe(UUID paymentId) {
        var result = provider.authorize(new AuthorizationRequest(paymentId, UUID.randomUUID(), AMOUNT,
                new PaymentMethod("card", "pm_card_visa"))).block();
        return ((AuthorizationResult.Authorized) result).providerReference();
    }

    private StripeWebhook webhook(String type, String intentId) {
        return stripe.webhook(type, intentId, ApiIntegrationTest.WEBHOOK_SECRET, Instant.now());
    }

    private WebTestClient.ResponseSpec deliver(StripeWebhook webhook) {
        return http.post().uri("/webhooks/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .header(PaymentWebhookController.SIGNATURE_HEADER, webhook.signature())
                .bodyValue(webhook.body())
                .exchange();
    }

    private int deliveriesRecorded(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE source = 'stripe' AND event_id = ?",
                Integer.class, eventId);
    }
}
