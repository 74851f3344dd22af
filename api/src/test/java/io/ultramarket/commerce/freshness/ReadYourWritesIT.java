package io.ultramarket.commerce.freshness;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.projections.runtime.LocalCommits;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static io.ultramarket.commerce.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A reader who sends the position of their write gets an answer that holds it. */
@ApiIntegrationTest
class ReadYourWritesIT {

    @Autowired
    WebTestClient http;

    @Autowired
    LocalCommits localCommits;

    @Autowired
    ProjectionRuntime projections;

    /** The read model's processor reports its commit of the write's event here, so no look at the token store is needed. */
    @Test
    void theReadModelsProcessorReportsTheCommitOfTheWritesEventOnThisInstance() {
        var shop = new Shop(http);
        long registered = Long.parseLong(Shop.positionOf(shop.registerStock("LOCAL-1", "BER-1", 4)));
        String processor = projections.answering(StockLevelsSchema.PROJECTION).orElseThrow().processorName();

        localCommits.committed(processor, registered).block(Duration.ofSeconds(30));

        shop.read("/stock/LOCAL-1", Long.toString(registered))
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody().jsonPath("$.onHand").isEqualTo(4);
    }

    @Test
    void aReaderSeesTheirWriteEvenPastAHoleThatARefusedWriteLeftInTheEventStore() {
        var shop = new Shop(http);
        long registered = Long.parseLong(Shop.positionOf(shop.registerStock("HOLE-1", "BER-1", 3)));
        // Refused on the store's unique key after it took a global position: that position stays empty.
        shop.registerStock("HOLE-1", "BER-1", 3).expectStatus().isEqualTo(409);
        String received = Shop.positionOf(shop.post("/stock/HOLE-1/receipts",
                Map.of("warehouse", "BER-1", "quantity", 2, "receiptReference", "PO-7")));
        assertThat(Long.parseLong(received)).isGreaterThan(registered + 1);

        shop.read("/stock/HOLE-1", received)
                .expectStatus().isOk()
                .expectHeader().valueEquals(ReadYourWrites.CONSISTENCY_HEADER, "current")
                .expectBody().jsonPath("$.onHand").isEqualTo(5);
    }

    /** A position no command answered would hold a poller for the whole wait: it is refused at once instead. */
    @Test
    void aPositionBeyondTheEventStoresHeadIsA400() {
        var shop = new Shop(http);
        long registered = Long.parseLong(Shop.positionOf(shop.registerStock("AHEAD-1", "BER-1", 3)));
        expectProblem(shop.read("/stock/AHEAD-1", Long.toString(registered + 1_000_000_000L)), 400,
                "/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo(ReadYourWrites.POSITION_HEADER);
    }
}
