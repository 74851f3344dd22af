package io.ultramarket.commerce.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analytics' ClickHouse facts are a projection like the PostgreSQL read models (ADR 0051): listed by
 * {@code GET /admin/projections}, rebuilt by {@code POST /admin/projections/analytics/replay} (the path it
 * always had, now the {name} route's) with progress on {@code /admin/projections/analytics/stream}, its
 * generations in the one {@code projection_generation} table, its old generation dropped like theirs.
 */
@ApiIntegrationTest
class AnalyticsGenerationsIT {

    private static final String ANALYTICS = "analytics";

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionRuntime projections;
    @Autowired
    ProjectionProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    final StockMovementFacts facts = new StockMovementFacts();

    @Test
    void analyticsIsListedLikeEveryProjectionAndItsOwnPathAnswersTheSame() {
        Generation active = projections.active(ANALYTICS);

        JsonNode listed = null;
        for (JsonNode projection : get("/admin/projections")) {
            if (projection.get("name").asText().equals(ANALYTICS)) {
                listed = projection;
            }
        }
        assertThat(listed).as("analytics in GET /admin/projections").isNotNull();
        JsonNode alone = get("/admin/projections/analytics");

        assertThat(alone.get("name").asText()).isEqualTo(ANALYTICS);
        assertThat(activeIn(listed)).isEqualTo(activeIn(alone)).isEqualTo(active.number());
        // ClickHouse counts the rows of its generations; PostgreSQL read models leave the count out.
        assertThat(generationIn(alone, active.number()).get("rows").isNumber()).isTrue();
        JsonNode orders = get("/admin/projections/orders");
        assertThat(generationIn(orders, projections.active("orders").number()).has("rows")).isFalse();
    }

    @Test
    void aReplayThroughTheAdminPathsBuildsTheSameFactsInANewGenerationAndDropsTheOldOne() throws SQLException {
        var item = StockItemId.of("AG-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), "BER-1");
        commands.sendAndWait(new RegisterStockItem(item, 3));
        commands.sendAndWait(new ReceiveStock(item, Quantity.of(4), "before the replay"));
        Generation before = projections.active(ANALYTICS);
        List<String> expected = List.of("registered 3", "received 4");
        await().atMost(Duration.ofSeconds(60)).until(() -> facts.of(before.number(), item), expected::equals);

        long headBeforeReplay = progress.head();
        Map<?, ?> started = http.post().uri("/admin/projections/analytics/replay").exchange()
                .expectStatus().isAccepted()
                .expectHeader().location("/admin/projections/analytics/stream")
                .expectBody(Map.class).returnResult().getResponseBody();
        Generation rebuilt = new Generation(ANALYTICS, ((Number) started.get("generation")).intValue());
        assertThat(rebuilt.number()).isGreaterThan(before.number());
        assertThat(started.get("state")).isEqualTo("BUILDING");

        List<JsonNode> samples = http.get().uri("/admin/projections/analytics/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(JsonNode.class).getResponseBody()
                .collectList().block(Duration.ofSeconds(120));
        JsonNode last = samples.get(samples.size() - 1);
        assertThat(last.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(last.get("generation").asInt()).isEqualTo(rebuilt.number());
        // Every event stored before the replay is in the new generation (more may have come since).
        assertThat(last.get("eventsDone").asLong()).isGreaterThan(headBeforeReplay);

        // The new generation answers the analysts, with the same facts, and holds them in tables of its own.
        assertThat(projections.active(ANALYTICS)).isEqualTo(rebuilt);
        await().atMost(Duration.ofSeconds(10)).until(() -> projections.answering(ANALYTICS).orElseThrow().equals(rebuilt));
        assertThat(facts.of(rebuilt.number(), item)).isEqualTo(expected);

        // The old one goes as a read model's does: tables, token and dead letters, after the grace (1 s in tests).
        await().atMost(Duration.ofSeconds(60)).until(() -> stateOf(before).equals("DROPPED"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                before.processorName())).isZero();
        assertThat(facts.tableExists(before.number())).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                rebuilt.processorName())).isPositive();
    }

    private JsonNode get(String path) {
        return http.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static int activeIn(JsonNode projection) {
        for (JsonNode generation : projection.get("generations")) {
            if (generation.get("state").asText().equals("ACTIVE")) {
                return generation.get("generation").asInt();
            }
        }
        throw new AssertionError("no ACTIVE generation in " + projection);
    }

    private static JsonNode generationIn(JsonNode projection, int number) {
        for (JsonNode generation : projection.get("generations")) {
            if (generation.get("generation").asInt() == number) {
                return generation;
            }
        }
        throw new AssertionError("no generation " + number + " in " + projection);
    }

    private String stateOf(Generation generation) {
        return jdbc.queryForObject("SELECT state FROM projection_generation WHERE projection = ? AND generation = ?",
                String.class, generation.projection(), generation.number());
    }
}
