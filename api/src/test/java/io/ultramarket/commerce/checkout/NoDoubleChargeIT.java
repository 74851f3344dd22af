package io.ultramarket.commerce.checkout;

import io.ultramarket.commerce.DevelopmentTokens;
import org.springframework.context.annotation.Import;
import io.ultramarket.commerce.sagas.checkout.CheckoutIds;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole checkout through the Stripe adapter, against a local Stripe server that fails every second
 * call (a 500 or a hang, before or after it took effect): every order ends delivered with exactly one
 * capture counted at the server, or cancelled cleanly with nothing captured and no hold left behind.
 * A context of its own (the shared one pays with the simulated provider), with its own PostgreSQL.
 */
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-no-double-charge",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.payments.provider=stripe",
        "commerce.payments.stripe.secret-key=" + NoDoubleChargeIT.SECRET_KEY,
        "commerce.payments.stripe.response-timeout=500ms",
        "commerce.resilience.payments.initial-backoff=20ms",
        // Half the calls fail here by design: retries are what must cope, so the circuit (which is for
        // outages) is set not to open on that rate.
        "commerce.resilience.payments.failure-rate-threshold=90",
        // Every order pays with Stripe's one test card: that is no card-sharing ring to hold for review.
        "commerce.fraud.max-customers-per-card=1000",
        "commerce.checkout.payment-timeout=PT20S",
        "commerce.deadlines.poll-every=PT0.5S",
        "commerce.shipping.dispatch-after=PT0.2S",
        "commerce.shipping.deliver-after=PT0.5S"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@AutoConfigureObservability(tracing = false)
@Import(DevelopmentTokens.class)
class NoDoubleChargeIT {

    static final String SECRET_KEY = "sk_test_no_double_charge";
    static final StripeServer stripe = StripeServer.start(SECRET_KEY);
    private static final Duration SETTLING = Duration.ofMinutes(3);
    private static final Set<String> FINAL = Set.of("DELIVERED", "CANCELLED");

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

    private static boolean isFinal(String status) {
        return status != null && FINAL.contains(status);
    }

    @Test
    void everyOrderEndsWithExactlyOneCaptureAtTheProviderOrACleanCancel() {
        Checkouts shop = new Checkouts(http);
        String mug = Checkouts.newSku("MUG");
        shop.stock(mug, "BER-1", 100);
        stripe.failEverySecondCall(StripeFault.values());
        List<UUID> orders;
        try {
            orders = IntStream.range(0, 12)
                    .mapToObj(i -> shop.checkOut(Map.of(mug, 1), "9.90", "pm_card_visa", "swiftship:economy"))
                    .toList();
            await().atMost(SETTLING).until(() -> orders.stream().allMatch(order -> isFinal(shop.statusOf(order))));
        } finally {
            stripe.stopFailing();
        }

        int delivered = 0;
        for (UUID orderId : orders) {
            String paymentId = CheckoutIds.paymentOf(orderId).toString();
            Optional<String> intent = stripe.paymentIntentIdFor("payment_id", paymentId);
            if (shop.statusOf(orderId).equals("DELIVERED")) {
                delivered++;
                assertThat(intent).as("the PaymentIntent of delivered order %s", orderId).isPresent();
                assertThat(stripe.capturesOf(intent.get())).as("captures of order %s", orderId).isEqualTo(1);
                shop.awaitPayment(orderId, "CAPTURED");
            } else {
                intent.ifPresent(id -> {
                    assertThat(stripe.capturesOf(id)).as("captures of cancelled order %s", orderId).isZero();
                    // A hold the provider granted after the checkout gave up on it is released, not left dangling.
                    await().atMost(SETTLING).until(() -> !stripe.paymentIntent(id).orElseThrow()
                            .get("status").asText().equals("requires_capture"));
                });
            }
        }
        // A failure every second call is retried with the same key, not turned into cancellations.
        assertThat(delivered).as("orders delivered of %d; the others' timelines: %s", orders.size(),
                        orders.stream().map(shop::order).filter(order -> !order.get("status").asText().equals("DELIVERED"))
                                .map(order -> order.get("timeline").toString()).toList()).isGreaterThan(orders.size() / 2);
        shop.awaitStock(mug, "BER-1", 100 - delivered, 0);
    }
}
