package io.ultramarket.commerce.payment;

import io.ultramarket.commerce.DevelopmentTokens;
import org.springframework.context.annotation.Import;
import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.payment.ProviderIdempotencyKey;
import io.ultramarket.commerce.sagas.resilience.ResilientPaymentGateway;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.servers.stripe.StripeFault;
import io.ultramarket.commerce.servers.stripe.StripeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app with {@code commerce.payments.provider=stripe} against the local Stripe server: the gateway it
 * injects is the Stripe adapter inside the resilience decorator, and the circuit breaker's state is on
 * {@code /actuator/prometheus}. A context of its own (the shared one runs the default provider), with
 * its own embedded PostgreSQL.
 */
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-stripe",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.payments.provider=stripe",
        "commerce.payments.stripe.secret-key=" + StripeProviderIT.SECRET_KEY,
        "commerce.payments.stripe.response-timeout=500ms",
        "commerce.resilience.payments.initial-backoff=20ms"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureObservability(tracing = false)
@Import(DevelopmentTokens.class)
class StripeProviderIT {

    static final String SECRET_KEY = "sk_test_app";
    static final StripeServer stripe = StripeServer.start(SECRET_KEY);

    @Autowired
    PaymentGateway gateway;
    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void stripeAddress(DynamicPropertyRegistry properties) {
        properties.add("commerce.payments.stripe.base-url", stripe::url);
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    @Test
    void theAppPaysThroughStripeAndRepeatsALostCaptureWithoutChargingTwice() {
        assertThat(gateway).isInstanceOf(ResilientPaymentGateway.class);
        UUID paymentId = UUID.randomUUID();
        Money amount = Money.of("19.90", "EUR");
        var authorized = (AuthorizationResult.Authorized) gateway.authorize(new AuthorizationRequest(paymentId,
                UUID.randomUUID(), amount, new PaymentMethod("card", "pm_card_visa"))).block();
        stripe.failEverySecondCall(StripeFault.HANG_AFTER_APPLYING);
        try {
            Captured captured = gateway.capture(new CaptureRequest(paymentId, authorized.providerReference(), amount))
                    .block();

            assertThat(captured.amount()).isEqualTo(amount);
            assertThat(stripe.capturesOf(authorized.providerReference())).isEqualTo(1);
            assertThat(stripe.requests()).filteredOn(request -> request.path().endsWith("/capture"))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(request -> assertThat(request.idempotencyKey())
                            .contains(ProviderIdempotencyKey.capture(paymentId)));
        } finally {
            stripe.stopFailing();
        }
    }

    @Test
    void theCircuitBreakerStateIsAPrometheusMetric() {
        String metrics = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics)
                .contains("resilience4j_circuitbreaker_state{name=\"payments\",state=\"closed\"} 1.0")
                .contains("resilience4j_circuitbreaker_state{name=\"payments\",state=\"open\"} 0.0")
                .contains("resilience4j_bulkhead_available_concurrent_calls{name=\"payments\"}");
    }
}
