package io.ultramarket.commerce;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app on a real Netty port with its embedded PostgreSQL (in target/, wiped at start). Every
 * integration test uses exactly this configuration, so Spring's context cache gives the whole run one
 * application context and one PostgreSQL server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Rate limits raised: every request comes from loopback (docs/testing.md).
@TestPropertySource(locations = "classpath:raised-rate-limits.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.embedded-postgres.data-directory=target/it-postgres",
        "commerce.embedded-postgres.clean-data-directory=true",
        // The development issuer signs the tests' tokens (DevelopmentTokens), valid for longer than the run.
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.security.dev-issuer.token-lifetime=PT6H",
        // Keys kept outside the database (ADR 0044, 0045), under target/ like the database itself.
        "commerce.snapshots.seal-key-file=target/it-keys/snapshot-seal.key",
        "commerce.chain-checkpoints.key-file=target/it-keys/chain-checkpoints.key",
        // One log per database (ADR 0052), and every context with a database of its own begins it afresh.
        "commerce.chain-checkpoints.log-file=target/it-keys/chain-checkpoints-${random.uuid}.log",
        // The carriers' secrets, known to the tests so that they can sign webhooks.
        "commerce.shipping.webhook-secrets.parcelpost=" + ApiIntegrationTest.CARRIER_SECRET,
        "commerce.shipping.webhook-secrets.swiftship=" + ApiIntegrationTest.OTHER_CARRIER_SECRET,
        "commerce.projections.retired-grace=PT1S",
        // Room for every aggregate the run creates: a test that watches one cart's entry (AggregateCacheIT) must not
        // see it pushed out by the others'; the bound itself is tested by ValidatedAggregateCacheTest.
        "commerce.aggregate-cache.max-entries=100000",
        "commerce.payments.webhook.secrets=" + ApiIntegrationTest.WEBHOOK_SECRET + ",whsec_it_previous",
        // The checkout's deadlines and the simulated carriers, fast enough for a test to watch them. The payment
        // deadline leaves a loaded machine time to authorize (5 s cancelled paid orders in NoOversellIT) and a
        // test time to act on a payment still REQUESTED (CheckoutIT's cancellation).
        "commerce.checkout.payment-timeout=PT15S",
        "commerce.deadlines.poll-every=PT0.5S",
        "commerce.shipping.dispatch-after=PT0.2S",
        "commerce.shipping.deliver-after=PT0.5S",
        // Customer emails go out about as fast as the deadlines above are polled.
        "commerce.notifications.send-every=PT0.5S",
        // Staff alerts (ADR 0059) go to these two; with no default threshold only items given one are watched.
        "commerce.notifications.staff-addresses=" + ApiIntegrationTest.STOCK_KEEPER + "," + ApiIntegrationTest.BUYER,
        // Several tests make payments the simulated provider never answers, on purpose (deadlines, webhooks).
        // In one shared context those must not open the payments circuit for every later test: the window
        // is made wide here. The circuit itself is tested in sagas/ (ResilientPaymentGatewayTest).
        "commerce.resilience.payments.sliding-window-size=1000",
        "commerce.resilience.payments.minimum-number-of-calls=1000"
})
// The real Kafka and ClickHouse (and Elasticsearch) of the run: analytics, integration events, search.
@ContextConfiguration(initializers = RealServerProperties.class)
// Insider: the superuser, for what the app's own role may not do (tampering, triggers).
@Import({DevelopmentTokens.class, Insider.class})
@AutoConfigureWebTestClient(timeout = "PT30S")
// Spring Boot turns metrics export off in tests; the Prometheus endpoint is part of what is tested.
@AutoConfigureObservability(tracing = false)
public @interface ApiIntegrationTest {

    /** The payment provider's webhook signing secret in the tests (a second one shows rotation). */
    String WEBHOOK_SECRET = "whsec_it_current";

    /** The staff addresses that low-stock alerts go to in the tests. */
    String STOCK_KEEPER = "stock-keeper@shop.example";
    String BUYER = "buyer@shop.example";

    /** The parcelpost carrier's webhook signing secret in the tests. */
    String CARRIER_SECRET = "whsec_parcelpost_it";

    /** The swiftship carrier's webhook signing secret in the tests. */
    String OTHER_CARRIER_SECRET = "whsec_swiftship_it";
}
