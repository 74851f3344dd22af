package io.ultramarket.commerce.ratelimit;

import io.ultramarket.commerce.ratelimit.RawClient.Answer;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floods past each request limit, in a context of its own with small allowances that do not refill during
 * the test (an hour). Each test connects from a loopback address of its own (127.0.0.N, N >= 10) and uses
 * principals of its own, so that the tests share no bucket; 127.0.0.2 plays a trusted reverse proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-rate-limits",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.rate-limits.standard.per-principal=5",
        "commerce.rate-limits.standard.per-address=12",
        "commerce.rate-limits.standard.period=PT1H",
        "commerce.rate-limits.expensive.per-principal=2",
        "commerce.rate-limits.expensive.per-address=3",
        "commerce.rate-limits.expensive.period=PT1H",
        "commerce.client-address.trusted-proxies=127.0.0.2/32"
})
class RateLimitsIT {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);
    private static final String ANONYMOUS = "";
    private static final String PROXY = "127.0.0.2";

    @Autowired
    DevelopmentIssuer issuer;
    @LocalServerPort
    int port;

    @Test
    void aPrincipalPastItsAllowanceIsRefusedWithRetryAfterWhileOthersGoOn() {
        RawClient client = newClient();
        String greedy = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/customers/me/orders", greedy).status()).isEqualTo(200);
        }
        expectTooMany(client.get("/customers/me/orders", greedy), "per principal");
        assertThat(client.get("/customers/me/orders", UUID.randomUUID().toString()).status()).isEqualTo(200);
    }

    @Test
    void anAddressPastItsAllowanceIsRefusedWhoeverAsks() {
        RawClient client = newClient();
        for (int i = 0; i < 12; i++) {
            assertThat(client.get(unknownProduct(), ANONYMOUS).status()).isEqualTo(404);
        }
        expectTooMany(client.get(unknownProduct(), ANONYMOUS), "per address");
        expectTooMany(client.get("/customers/me/orders", UUID.randomUUID().toString()), "per address");
        assertThat(newClient().get(unknownProduct(), ANONYMOUS).status()).isEqualTo(404);
    }

    /** Search is off in this context (503 search-not-configured): what counts is that the limiter let it by. */
    @Test
    void expensiveOperationsHaveASmallerAllowancePerPrincipal() {
        RawClient client = newClient();
        String searcher = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            assertThat(client.get("/search?q=mug", searcher).status()).isEqualTo(503);
        }
        expectTooMany(client.get("/search?q=mug", searcher), "per principal");
        assertThat(client.get("/customers/me/orders", searcher).status()).isEqualTo(200);
    }

    @Test
    void expensiveOperationsHaveASmallerAllowancePerAddress() {
        RawClient client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/search?q=mug", ANONYMOUS).status()).isEqualTo(503);
        }
        expectTooMany(client.get("/search?q=mug", UUID.randomUUID().toString()), "per address");
        assertThat(newClient().get("/search?q=mug", ANONYMOUS).status()).isEqualTo(503);
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnAllowance() {
        RawClient proxy = new RawClient(PROXY, port, issuer);
        RawClient flooder = proxy.forwardingFor("198.51.100.1");
        for (int i = 0; i < 12; i++) {
            assertThat(flooder.get(unknownProduct(), ANONYMOUS).status()).isEqualTo(404);
        }
        expectTooMany(flooder.get(unknownProduct(), ANONYMOUS), "per address");
        assertThat(proxy.forwardingFor("198.51.100.2").get(unknownProduct(), ANONYMOUS).status()).isEqualTo(404);
        // The flooder's own header in front of the proxy's entry changes nothing.
        expectTooMany(proxy.forwardingFor("203.0.113.9, 198.51.100.1").get(unknownProduct(), ANONYMOUS), "per address");
    }

    @Test
    void aClientThatForgesTheHeaderWithoutAProxyIsCountedByItsConnection() {
        RawClient client = newClient();
        for (int i = 0; i < 12; i++) {
            assertThat(client.forwardingFor("198.51.100." + (100 + i)).get(unknownProduct(), ANONYMOUS).status()).isEqualTo(404);
        }
        expectTooMany(client.forwardingFor("198.51.100.250").get(unknownProduct(), ANONYMOUS), "per address");
    }

    private static void expectTooMany(Answer answer, String which) {
        assertThat(answer.status()).isEqualTo(429);
        assertThat(Long.parseLong(answer.retryAfter())).isPositive();
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"/problems/too-many-requests\"")
                .contains("from this " + which.substring("per ".length()));
    }

    private static String unknownProduct() {
        return "/products/" + UUID.randomUUID();
    }

    private RawClient newClient() {
        return new RawClient("127.0.0." + NEXT_ADDRESS.getAndIncrement(), port, issuer);
    }
}
