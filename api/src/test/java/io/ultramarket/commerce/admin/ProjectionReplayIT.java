package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analysts rebuild a projection from event 0 into a new generation: the old one keeps answering until
 * the new one has caught up, then the switch is atomic, and the rebuilt read model equals the old one.
 */
@ApiIntegrationTest
class ProjectionReplayIT {

    private static final String PROJECTION = "stock-levels";

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime runtime;
    @Autowired
    ProjectionProgress progress;

    @Test
    void aReplayRebuildsTheSameReadModelWhileQueriesKeepAnswering() throws Exception {
        generateStockHistory(20, 100);
        Generation before = runtime.active(PROJECTION);
        await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasPassed(before, progress.head()));
        List<String> rowsBefore = rows();

        http.post().uri("/admin/projections/" + PROJECTION + "/replay").exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.generation").isEqualTo(before.number() + 1);

        // Until the switch, and after it, the read model answers.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            http.get().uri("/stock/REPLAY-0").exchange().expectStatus().isOk();
            return runtime.active(PROJECTION).number() == before.number() + 1;
        });

        List<String> after = rows();
        assertThat(after).containsExactlyElementsOf(rowsBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> !tableExists(before.table("stock_level")));
        http.get().uri("/admin/projections").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.name == 'stock-levels')].generations[0].state").isEqualTo("ACTIVE");
    }

    @Test
    void replayProgressIsStreamedUntilTheNewGenerationAnswers() {
        http.post().uri("/admin/projections/" + PROJECTION + "/replay").exchange().expectStatus().isAccepted();

        List<ReplayProgress> samples = http.get().uri("/admin/projections/" + PROJECTION + "/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(ReplayProgress.class).getResponseBody()
                .collectList().block(Duration.ofSeconds(90));

        assertThat(samples).isNotEmpty();
        ReplayProgress last = samples.get(samples.size() - 1);
        assertThat(last.state()).isEqualTo("ACTIVE");
        assertThat(last.eventsDone()).isEqualTo(last.eventsTotal());
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        http.post().uri("/admin/projections/nothing-like-it/replay").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void generateStockHistory(int skus, int eventsPerSku) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int sku = 0; sku < skus; sku++) {
                var id = StockItemId.of("REPLAY-" + sku, "BER-1");
                done.add(CompletableFuture.runAsync(() -> {
                    commands.sendAndWait(new RegisterStockItem(id, 5));
                    IntStream.range(0, eventsPerSku).forEach(event -> commands.sendAndWait(event % 3 == 0
                            ? new ReserveStock(id, UUID.randomUUID(), Quantity.of(1))
                            : new ReceiveStock(id, Quantity.of(2), "receipt-" + event)));
                }, writers));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        } finally {
            writers.shutdown();
        }
    }

    /** Every row of the read model in a fixed order: equal lists mean equal read models. */
    private List<String> rows() {
        return jdbc.queryForList("SELECT concat_ws(',', sku, warehouse, on_hand, reserved, version, updated_at) "
                + "FROM stock_level ORDER BY sku, warehouse", String.class);
    }

    private boolean tableExists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table));
    }
}
