package io.ultramarket.commerce.sagas.resilience;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CancelRequest;
import io.ultramarket.commerce.sagas.payment.Cancelled;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.payment.PaymentProviderRejected;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.payment.RefundRequest;
import io.ultramarket.commerce.sagas.payment.Refunded;
import io.ultramarket.commerce.sagas.payment.stripe.StripePaymentGateway;
import io.ultramarket.commerce.sagas.payment.stripe.StripeProperties;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.servers.stripe.StripeFault;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the decorator adds around a payment provider: retries that never charge twice, a circuit, a bulkhead. */
class ResilientPaymentGatewayTest {

    static final String SECRET_KEY = "sk_test_resilience";
    static final PaymentMethod VISA = new PaymentMethod("card", "pm_card_visa");
    static final Money AMOUNT = Money.of("25.00", "EUR");

    final StripeServer stripe = StripeServer.start(SECRET_KEY);

    @AfterEach
    void stopServer() {
        stripe.close();
    }

    @Test
    void aCaptureWhoseAnswerWasLostInA500IsRepeatedAndTakesTheMoneyOnce() {
        PaymentGateway gateway = resilientStripe(Policies.quick(3, 100, 10));
        UUID paymentId = UUID.randomUUID();
        String intentId = authorize(gateway, paymentId);
        // The authorization was call 1; the capture is call 2: applied at Stripe, then answered with a 500.
        stripe.failEverySecondCall(StripeFault.ERROR_AFTER_APPLYING);

        Captured captured = gateway.capture(new CaptureRequest(paymentId, intentId, AMOUNT)).block();

        assertThat(captured).isEqualTo(new Captured(intentId, AMOUNT));
        assertThat(captureCallsTo(intentId)).isEqualTo(2);
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
    }

    @Test
    void aCaptureThatTimedOutAfterTakingEffectIsRepeatedAndTakesTheMoneyOnce() {
        PaymentGateway gateway = resilientStripe(Policies.quick(3, 100, 10));
        UUID paymentId = UUID.randomUUID();
        String intentId = authorize(gateway, paymentId);
        stripe.failEverySecondCall(StripeFault.HANG_AFTER_APPLYING);

        Captured captured = gateway.capture(new CaptureRequest(paymentId, intentId, AMOUNT)).block();

        assertThat(captured).isEqualTo(new Captured(intentId, AMOUNT));
        assertThat(captureCallsTo(intentId)).isEqualTo(2);
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
    }

    @Test
    void aRefusalIsNotRetried() {
        PaymentGateway gateway = resilientStripe(Policies.quick(3, 100, 10));
        UUID paymentId = UUID.randomUUID();
        String intentId = authorize(gateway, paymentId);

        assertThatThrownBy(() -> gateway.capture(new CaptureRequest(paymentId, intentId, Money.of("99.00", "EUR"))).block())
                .isInstanceOf(PaymentProviderRejected.class);
        assertThat(captureCallsTo(intentId)).isEqualTo(1);
    }

    @Test
    void anOpenCircuitRefusesAtOnceWithoutAskingTheProvider() {
        var down = new ProviderThatIsDown();
        ProviderResilienceFactory factory = Policies.factory(Policies.quick(1, 50, 10));
        PaymentGateway gateway = new ResilientPaymentGateway(down, factory.forPayments());
        var capture = new CaptureRequest(UUID.randomUUID(), "pi_down", AMOUNT);

        // The window needs 4 calls before its failure rate counts; all of them fail.
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> gateway.capture(capture).block()).isInstanceOf(PaymentProviderUnavailable.class);
        }
        assertThat(down.calls.get()).isEqualTo(4);

        assertThatThrownBy(() -> gateway.capture(capture).block())
                .isInstanceOf(PaymentProviderUnavailable.class)
                .hasCauseInstanceOf(CallNotPermittedException.class);
        assertThat(down.calls.get()).isEqualTo(4);
        assertThat(factory.forPayments().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void unavailableAttemptsAreRetriedWithBackoffUpToTheLimit() {
        var down = new ProviderThatIsDown();
        PaymentGateway gateway = new ResilientPaymentGateway(down, Policies.factory(Policies.quick(3, 100, 10)).forPayments());

        assertThatThrownBy(() -> gateway.cancel(new CancelRequest(UUID.randomUUID(), "pi_down", "test")).block())
                .isInstanceOf(PaymentProviderUnavailable.class);
        assertThat(down.calls.get()).isEqualTo(3);
    }

    @Test
    void callsBeyondTheBulkheadAreRefusedAtOnce() {
        var stuck = new ProviderThatNeverAnswers();
        PaymentGateway gateway = new ResilientPaymentGateway(stuck, Policies.factory(Policies.quick(3, 100, 2)).forPayments());
        var capture = new CaptureRequest(UUID.randomUUID(), "pi_stuck", AMOUNT);

        var first = gateway.capture(capture).subscribe();
        var second = gateway.capture(capture).subscribe();
        try {
            assertThatThrownBy(() -> gateway.capture(capture).block())
                    .isInstanceOf(PaymentProviderUnavailable.class)
                    .hasCauseInstanceOf(BulkheadFullException.class);
            assertThat(stuck.calls.get()).isEqualTo(2);
        } finally {
            first.dispose();
            second.dispose();
        }
    }

    @Test
    void theCircuitStateIsAMetric() {
        var meters = new SimpleMeterRegistry();
        ProviderResilienceFactory factory = Policies.factory(Policies.quick(1, 50, 10));
        factory.bindTo(meters);
        PaymentGateway gateway = new ResilientPaymentGateway(new ProviderThatIsDown(), factory.forPayments());
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> gateway.refund(new RefundRequest(UUID.randomUUID(), UUID.randomUUID(), "pi_down",
                    AMOUNT, "test")).block()).isInstanceOf(PaymentProviderUnavailable.class);
        }

        assertThat(meters.get("resilience4j.circuitbreaker.state")
                .tags("name", ProviderResilienceFactory.PAYMENTS, "state", "open").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("resilience4j.circuitbreaker.state")
                .tags("name", ProviderResilienceFactory.PAYMENTS, "state", "closed").gauge().value()).isEqualTo(0.0);
    }

    private PaymentGateway resilientStripe(ResilienceProperties.Policy policy) {
        var stripeGateway = new StripePaymentGateway(new StripeProperties(URI.create(stripe.url()), SECRET_KEY,
                Duration.ofSeconds(1), Duration.ofMillis(300)));
        return new ResilientPaymentGateway(stripeGateway, Policies.factory(policy).forPayments());
    }

    private String authorize(PaymentGateway gateway, UUID paymentId) {
        var result = gateway.authorize(new AuthorizationRequest(paymentId, UUID.randomUUID(), AMOUNT, VISA)).block();
        return ((AuthorizationResult.Authorized) result).providerReference();
    }

    private long captureCallsTo(String intentId) {
        return stripe.requests().stream()
                .filter(request -> request.path().equals("/v1/payment_intents/" + intentId + "/capture"))
                .count();
    }

    /** A provider that never answers usefully, counting how often it is asked. */
    static final class ProviderThatIsDown implements PaymentGateway {

        final AtomicInteger calls = new AtomicInteger();

        private <T> Mono<T> fail() {
            return Mono.defer(() -> {
                calls.incrementAndGet();
                return Mono.error(new PaymentProviderUnavailable("down", null));
            });
        }

        @Override
        public Mono<AuthorizationResult> authorize(AuthorizationRequest request) {
            return fail();
        }

        @Override
        public Mono<Captured> capture(CaptureRequest request) {
            return fail();
        }

        @Override
        public Mono<Cancelled> cancel(CancelRequest request) {
            return fail();
        }

        @Override
        public Mono<Refunded> refund(RefundRequest request) {
            return fail();
        }
    }

    /** A provider whose calls stay in flight until they are cancelled. */
    static final class ProviderThatNeverAnswers implements PaymentGateway {

        final AtomicInteger calls = new AtomicInteger();

        private <T> Mono<T> hang() {
            return Mono.defer(() -> {
                calls.incrementAndGet();
                return Mono.never();
            });
        }

        @Override
        public Mono<AuthorizationResult> authorize(AuthorizationRequest request) {
            return hang();
        }

        @Override
        public Mono<Captured> capture(CaptureRequest request) {
            return hang();
        }

        @Override
        public Mono<Cancelled> cancel(CancelRequest request) {
            return hang();
        }

        @Override
        public Mono<Refunded> refund(RefundRequest request) {
            return hang();
        }
    }
}
