package io.ultramarket.commerce.sagas.payment.stripe;

import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CancelRequest;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentProviderRejected;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.payment.ProviderIdempotencyKey;
import io.ultramarket.commerce.sagas.payment.RefundRequest;
import io.ultramarket.commerce.sagas.payment.Refunded;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.servers.stripe.ReceivedRequest;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Stripe adapter against a local server that speaks Stripe's wire format. */
class StripePaymentGatewayTest {

    static final String SECRET_KEY = "sk_test_commerce";
    static final PaymentMethod VISA = new PaymentMethod("card", "pm_card_visa");

    final StripeServer stripe = StripeServer.start(SECRET_KEY);
    final StripePaymentGateway gateway = new StripePaymentGateway(propertiesFor(stripe, Duration.ofSeconds(5)));

    @AfterEach
    void stopServer() {
        stripe.close();
    }

    static StripeProperties propertiesFor(StripeServer server, Duration responseTimeout) {
        return new StripeProperties(URI.create(server.url()), SECRET_KEY, Duration.ofSeconds(1), responseTimeout);
    }

    @Test
    void anAuthorizationIsAPaymentIntentConfirmedForManualCapture() {
        UUID paymentId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();

        AuthorizationResult result = gateway.authorize(
                new AuthorizationRequest(paymentId, orderId, Money.of("38.80", "EUR"), VISA)).block();

        String intentId = stripe.paymentIntentIdFor("payment_id", paymentId.toString()).orElseThrow();
        assertThat(result).isEqualTo(new AuthorizationResult.Authorized(intentId, Money.of("38.80", "EUR")));
        ReceivedRequest sent = stripe.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/payment_intents");
        assertThat(sent.authorization()).contains("Bearer " + SECRET_KEY);
        assertThat(sent.idempotencyKey()).contains(ProviderIdempotencyKey.authorize(paymentId));
        assertThat(sent.parameters())
                .containsEntry("amount", "3880")
                .containsEntry("currency", "eur")
                .containsEntry("payment_method", "pm_card_visa")
                .containsEntry("confirm", "true")
                .containsEntry("capture_method", "manual")
                .containsEntry("metadata[payment_id]", paymentId.toString())
                .containsEntry("metadata[order_id]", orderId.toString());
        assertThat(stripe.paymentIntent(intentId).orElseThrow().path("status").asText()).isEqualTo("requires_capture");
    }

    @Test
    void aDeclinedCardIsADeclineWithStripesCode() {
        UUID paymentId = UUID.randomUUID();

        AuthorizationResult result = gateway.authorize(new AuthorizationRequest(paymentId, UUID.randomUUID(),
                Money.of("10.00", "EUR"), new PaymentMethod("card", "pm_card_chargeDeclined"))).block();

        assertThat(result).isInstanceOfSatisfying(AuthorizationResult.Declined.class, declined -> {
            assertThat(declined.code()).isEqualTo("generic_decline");
            assertThat(declined.providerReference())
                    .isEqualTo(stripe.paymentIntentIdFor("payment_id", paymentId.toString()).orElseThrow());
        });
    }

    @Test
    void aZeroDecimalCurrencyIsSentInWholeUnits() {
        UUID paymentId = UUID.randomUUID();

        AuthorizationResult result = gateway.authorize(
                new AuthorizationRequest(paymentId, UUID.randomUUID(), Money.of("500", "JPY"), VISA)).block();

        assertThat(stripe.requests().get(0).parameters()).containsEntry("amount", "500").containsEntry("currency", "jpy");
        assertThat(result).isInstanceOfSatisfying(AuthorizationResult.Authorized.class,
                authorized -> assertThat(authorized.amount()).isEqualTo(Money.of("500", "JPY")));
    }

    @Test
    void aCaptureTakesTheAmountFromTheHoldOnce() {
        UUID paymentId = UUID.randomUUID();
        String intentId = authorized(paymentId, "38.80");

        Captured captured = gateway.capture(new CaptureRequest(paymentId, intentId, Money.of("38.80", "EUR"))).block();

        assertThat(captured).isEqualTo(new Captured(intentId, Money.of("38.80", "EUR")));
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
        ReceivedRequest sent = last();
        assertThat(sent.path()).isEqualTo("/v1/payment_intents/" + intentId + "/capture");
        assertThat(sent.idempotencyKey()).contains(ProviderIdempotencyKey.capture(paymentId));
        assertThat(sent.parameters()).containsEntry("amount_to_capture", "3880");
    }

    @Test
    void aRepeatedCaptureIsAnsweredWithTheFirstAnswerAndTakesNothingMore() {
        UUID paymentId = UUID.randomUUID();
        String intentId = authorized(paymentId, "20.00");
        CaptureRequest capture = new CaptureRequest(paymentId, intentId, Money.of("20.00", "EUR"));

        Captured first = gateway.capture(capture).block();
        Captured repeat = gateway.capture(capture).block();

        assertThat(repeat).isEqualTo(first);
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
    }

    @Test
    void aCancelReleasesTheHold() {
        UUID paymentId = UUID.randomUUID();
        String intentId = authorized(paymentId, "12.00");

        gateway.cancel(new CancelRequest(paymentId, intentId, "order cancelled")).block();

        assertThat(stripe.paymentIntent(intentId).orElseThrow().path("status").asText()).isEqualTo("canceled");
        assertThat(last().idempotencyKey()).contains(ProviderIdempotencyKey.cancel(paymentId));
        assertThat(stripe.capturesOf(intentId)).isZero();
    }

    @Test
    void aRefundGivesBackPartOfWhatWasCaptured() {
        UUID paymentId = UUID.randomUUID();
        UUID refundId = UUID.randomUUID();
        String intentId = authorized(paymentId, "38.80");
        gateway.capture(new CaptureRequest(paymentId, intentId, Money.of("38.80", "EUR"))).block();

        Refunded refunded = gateway.refund(new RefundRequest(paymentId, refundId, intentId, Money.of("10.00", "EUR"),
                "one mug broken")).block();

        assertThat(refunded.amount()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(refunded.providerRefundId()).startsWith("re_");
        assertThat(stripe.refundsOf(intentId)).isEqualTo(1);
        ReceivedRequest sent = last();
        assertThat(sent.path()).isEqualTo("/v1/refunds");
        assertThat(sent.idempotencyKey()).contains(ProviderIdempotencyKey.refund(refundId));
        assertThat(sent.parameters())
                .containsEntry("payment_intent", intentId)
                .containsEntry("amount", "1000")
                .containsEntry("metadata[refund_id]", refundId.toString());
    }

    @Test
    void aRequestStripeRefusesIsRejected() {
        UUID paymentId = UUID.randomUUID();
        String intentId = authorized(paymentId, "10.00");

        assertThatThrownBy(() -> gateway.capture(new CaptureRequest(paymentId, intentId, Money.of("99.00", "EUR"))).block())
                .isInstanceOf(PaymentProviderRejected.class)
                .hasMessageContaining("400");
        assertThat(stripe.capturesOf(intentId)).isZero();
    }

    @Test
    void aStripeThatCannotBeReachedIsUnavailable() {
        String unreachable = stripe.url();
        stripe.close();
        var nobodyListening = new StripePaymentGateway(new StripeProperties(URI.create(unreachable), SECRET_KEY,
                Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> nobodyListening.capture(new CaptureRequest(UUID.randomUUID(), "pi_1",
                Money.of("1.00", "EUR"))).block())
                .isInstanceOf(PaymentProviderUnavailable.class);
    }

    private String authorized(UUID paymentId, String amount) {
        var result = gateway.authorize(new AuthorizationRequest(paymentId, UUID.randomUUID(), Money.of(amount, "EUR"), VISA))
                .block();
        return ((AuthorizationResult.Authorized) result).providerReference();
    }

    private ReceivedRequest last() {
        var requests = stripe.requests();
        return requests.get(requests.size() - 1);
    }
}
