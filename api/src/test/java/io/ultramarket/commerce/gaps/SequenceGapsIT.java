package io.ultramarket.commerce.gaps;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.checkout.Checkouts;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.readmodels.ProcessorPositions;
import io.ultramarket.commerce.readmodels.QuietStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.ultramarket.commerce.Insider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holes in the global index never stop an event processor (known pitfall: Axon's gap-aware tokens carry every
 * hole, and processors were seen to stall on them). A rolled-back insert leaves one index unused for good; a
 * jump of the sequence leaves many. After either, a checkout goes all the way through (saga, relays, read
 * models), and every processor the app runs (each read model's generation, search documents, the checkout
 * saga, the payment and shipping relays, analytics, integration events) reaches the store's head.
 */
@ApiIntegrationTest
class SequenceGapsIT {

    /** Beyond Axon's default maxGapOffset (10,000), so the token must also let go of the oldest holes. */
    private static final long JUMP = 20_000;

    @Autowired
    WebTestClient http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime projections;
    @Autowired
    Insider insider;

    // The app's own role may not touch the event store's table or sequence (ADR 0043): the insider may.
    private OwnerSql owner() {
        return new OwnerSql(insider.jdbc());
    }

    @Test
    void aRolledBackInsertIsPassedByEveryProcessor() {
        String marker = "GAPFAIL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long before = lastIndexTaken();
        owner().failInsertsOfAggregatesMarked(marker);
        try {
            http.post().uri("/stock/" + marker).bodyValue(Map.of("warehouse", "BER-1", "onHand", 3)).exchange()
                    .expectStatus().is5xxServerError();
        } finally {
            owner().stopFailingInserts();
        }
        long after = lastIndexTaken();
        Long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ? AND global_index <= ?",
                Long.class, before, after);
        assertThat(stored).as("events stored in (%d, %d]: one index was taken and rolled back", before, after)
                .isLessThan(after - before);

        everyProcessorGoesOnAfter(after);
    }

    @Test
    void aJumpOfTheSequenceIsPassedByEveryProcessor() {
        long jumpedTo = owner().jumpGlobalIndex(JUMP);

        everyProcessorGoesOnAfter(jumpedTo);
    }

    /** A whole checkout after the hole, then every processor at the head, which is above the hole. */
    private void everyProcessorGoesOnAfter(long hole) {
        Checkouts shop = new Checkouts(http);
        String sku = Checkouts.newSku("GAP");
        shop.stock(sku, "BER-1", 2);
        UUID orderId = shop.checkOut(Map.of(sku, 1), "10.00", Checkouts.goodCard(), "swiftship:economy");
        shop.awaitOrder(orderId, "DELIVERED");
        shop.awaitStock(sku, "BER-1", 1, 0);

        long head = new QuietStore(jdbc).await();

        assertThat(head).isGreaterThan(hole);
        Map<String, ProcessorPositions.Position> processors = new ProcessorPositions(jdbc).all();
        assertThat(processors.keySet()).containsAll(expectedProcessors());
        assertThat(processors).allSatisfy((name, position) -> assertThat(position.index()).as(name).isGreaterThanOrEqualTo(head));
    }

    private List<String> expectedProcessors() {
        List<String> expected = new ArrayList<>(List.of("CheckoutSagaProcessor", "payment-provider", "shipping",
                "integration-events"));
        // Every projection, whatever its store: the read models, the search documents and analytics' facts.
        projections.names().forEach(name -> expected.add(projections.active(name).processorName()));
        assertThat(projections.names()).contains("analytics");
        return expected;
    }

    private long lastIndexTaken() {
        // A sequence never called yet holds its first value, not a value taken.
        Long last = jdbc.queryForObject("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "
                + "FROM domain_event_entry_global_index_seq", Long.class);
        return last == null ? -1 : last;
    }
}
