package io.ultramarket.commerce.ratelimit;

import io.ultramarket.commerce.DevelopmentTokens;
import io.ultramarket.commerce.HandPlacedOrders;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.security.issuer.DevelopmentIssuer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At most two event streams per principal and three on the instance (a context of its own, request rate
 * limits off so that only the caps are seen): the next one is a 429 with Retry-After, and a closed stream
 * gives its place back. An audit export sends at most its row cap (3 here) per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "commerce.security.dev-issuer.key-file=target/it-dev-issuer/signing-key.json",
        "commerce.embedded-postgres.data-directory=target/it-postgres-stream-caps",
        "commerce.embedded-postgres.clean-data-directory=true",
        "commerce.rate-limits.enabled=false",
        "commerce.rate-limits.streams.per-principal=2",
        "commerce.rate-limits.streams.total=3",
        "commerce.rate-limits.streams.retry-after=PT7S",
        "commerce.audit.export-max-rows=3",
        // A server learns that a client has gone when it next writes to it: heartbeats make that soon.
        "commerce.live.heartbeat=PT0.5S"
})
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(DevelopmentTokens.class)
class StreamAndExportCapsIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    DevelopmentIssuer issuer;
    @LocalServerPort
    int port;

    private RawClient client;

    @BeforeEach
    void connect() {
        client = new RawClient("127.0.0.1", port, issuer);
    }

    private final List<Disposable> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(Disposable::dispose);
    }

    @Test
    void theCapsPerPrincipalAndInTotalHoldAndAClosedStreamGivesItsPlaceBack() throws Exception {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        var orders = new HandPlacedOrders(commands, http);
        UUID adasOrder = orders.place(ada, "MUG-BLUE", 1, "9.90");
        UUID bobsOrder = orders.place(bob, "MUG-BLUE", 1, "9.90");

        Disposable adasFirst = keepOpen(ada, adasOrder);
        keepOpen(ada, adasOrder);
        assertThat(attempt(ada, adasOrder)).startsWith("429 7 ").contains("/problems/too-many-requests")
                .contains("this principal already has 2 event streams open");

        keepOpen(bob, bobsOrder);
        assertThat(attempt(bob, bobsOrder)).startsWith("429 7 ").contains("/problems/too-many-requests")
                .contains("more than 3 event streams are open on this instance");

        adasFirst.dispose();
        await().atMost(Duration.ofSeconds(20)).until(() -> attempt(bob, bobsOrder).startsWith("200 "));
    }

    @Test
    void anAuditExportStopsAtItsRowCapAndGoesOnFromTheLastPosition() {
        Shop shop = new Shop(http);
        for (int i = 0; i < 7; i++) {
            shop.createCart();
        }

        List<Long> first = export(0);
        assertThat(first).hasSize(3).isSorted();
        assertThat(export(first.get(2))).hasSize(3).allSatisfy(position -> assertThat(position).isGreaterThan(first.get(2)));
    }

    /** The positions of one export request. */
    private List<Long> export(long after) {
        return http.get().uri("/audit/events?after=" + after).accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody()
                .map(event -> ((Number) event.get("position")).longValue()).collectList().block();
    }

    private Disposable keepOpen(UUID customer, UUID orderId) throws Exception {
        Disposable stream = client.openStream("/orders/" + orderId + "/stream", customer.toString());
        open.add(stream);
        return stream;
    }

    /** "200 " when the stream was admitted, else "status retry-after body". */
    private String attempt(UUID customer, UUID orderId) {
        return client.tryStream("/orders/" + orderId + "/stream", customer.toString());
    }
}
