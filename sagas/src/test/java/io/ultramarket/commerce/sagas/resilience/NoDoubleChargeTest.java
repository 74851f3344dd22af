package io.ultramarket.commerce.sagas.resilience;

import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.payment.stripe.StripePaymentGateway;
import io.ultramarket.commerce.sagas.payment.stripe.StripeProperties;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.servers.stripe.StripeFault;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No double charge: Stripe fails every second call, in turn with a 500 before or after applying it and a
 * hang before or after applying it. Each of N payments goes through authorize and capture on the
 * decorated gateway, and each ends with exactly one capture counted at the server.
 */
class NoDoubleChargeTest {

    static final int PAYMENTS = 24;
    static final String SECRET_KEY = "sk_test_no_double_charge";
    static final Money AMOUNT = Money.of("49.90", "EUR");

    final StripeServer stripe = StripeServer.start(SECRET_KEY);

    @AfterEach
    void stopServer() {
        stripe.close();
    }

    @Test
    void everyPaymentIsCapturedExactlyOnceAtTheProvider() {
        stripe.failEverySecondCall(StripeFault.ERROR_BEFORE_APPLYING, StripeFault.ERROR_AFTER_APPLYING,
                StripeFault.HANG_BEFORE_APPLYING, StripeFault.HANG_AFTER_APPLYING);
        var stripeGateway = new StripePaymentGateway(new StripeProperties(URI.create(stripe.url()), SECRET_KEY,
                Duration.ofSeconds(1), Duration.ofMillis(300)));
        // Half of all attempts fail here by design; the circuit would rightly open at 50 %, which is not
        // what this test is about (the saga waits out an open circuit).
        PaymentGateway gateway = new ResilientPaymentGateway(stripeGateway,
                Policies.factory(Policies.quick(4, 100, 25)).forPayments());

        // One payment after the other, as each order's saga drives its own: every step meets at most one
        // fault in a row, and its retry meets none.
        // (Ids are made here: random UUIDs read the entropy source, which must not happen on Netty's threads.)
        List<OrderPayment> payments = Stream.generate(() -> new OrderPayment(UUID.randomUUID(), UUID.randomUUID()))
                .limit(PAYMENTS).toList();
        List<Captured> captures = Flux.fromIterable(payments)
                .concatMap(payment -> payOnce(gateway, payment))
                .collectList()
                .block(Duration.ofMinutes(2));

        assertThat(captures).hasSize(PAYMENTS).allSatisfy(captured -> {
            assertThat(captured.amount()).isEqualTo(AMOUNT);
            assertThat(stripe.capturesOf(captured.providerReference())).isEqualTo(1);
        });
        assertThat(captures.stream().map(Captured::providerReference).distinct()).hasSize(PAYMENTS);
        // The faults did happen: far more calls reached the server than the 2 per payment that succeeded.
        assertThat(stripe.requests().size()).isGreaterThanOrEqualTo(PAYMENTS * 2 * 2 - 1);
        System.out.printf("No double charge: %d payments, %d calls at the server, each PaymentIntent captured once%n",
                PAYMENTS, stripe.requests().size());
    }

    private record OrderPayment(UUID orderId, UUID paymentId) {
    }

    private Mono<Captured> payOnce(PaymentGateway gateway, OrderPayment payment) {
        return gateway.authorize(new AuthorizationRequest(payment.paymentId(), payment.orderId(), AMOUNT,
                        new PaymentMethod("card", "pm_card_visa")))
                .cast(AuthorizationResult.Authorized.class)
                .flatMap(authorized -> gateway.capture(new CaptureRequest(payment.paymentId(),
                        authorized.providerReference(), authorized.amount())));
    }
}
