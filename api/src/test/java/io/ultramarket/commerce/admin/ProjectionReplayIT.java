package io.ultramarket.commerce.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.projections.cart.CartViewSchema;
import io.ultramarket.commerce.projections.order.OrderViewSchema;
import io.ultramarket.commerce.projections.payment.PaymentViewSchema;
import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.readmodels.QuietStore;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operators rebuild projections from event 0 into new generations: the old ones keep answering until the
 * new ones have caught up, then each switch is atomic, and every rebuilt read model equals the old one.
 */
@ApiIntegrationTest
class ProjectionReplayIT {

    private static final String PROJECTION = StockLevelsSchema.PROJECTION;
    /** Every PostgreSQL read model and the views it answers from. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            StockLevelsSchema.PROJECTION, StockLevelsSchema.TABLES,
            CartViewSchema.PROJECTION, CartViewSchema.TABLES,
            OrderViewSchema.PROJECTION, OrderViewSchema.TABLES,
            PaymentViewSchema.PROJECTION, PaymentViewSchema.TABLES);

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime runtime;

    @Test
    void replayingEveryReadModelRebuildsTheSameRowsWhileQueriesKeepAnswering() throws Exception {
        CommerceHistory.Sample sample = new CommerceHistory(commands, events).write(15, 100, 10, 10);
        awaitQuietStore();
        Map<String, Generation> before = activeGenerations();
        Map<String, List<String>> rowsBefore = readModelRows();

        READ_MODELS.keySet().forEach(projection -> http.post().uri("/admin/projections/" + projection + "/replay").exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.generation").isEqualTo(before.get(projection).number() + 1));

        // Until each switch, and after it, every read model answers.
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50)).until(() -> {
            http.get().uri("/stock/" + sample.sku()).exchange().expectStatus().isOk();
            http.get().uri("/carts/" + sample.cartId()).exchange().expectStatus().isOk();
            http.get().uri("/orders/" + sample.orderId()).exchange().expectStatus().isOk();
            http.get().uri("/orders/" + sample.orderId() + "/payments").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.length()").isEqualTo(1);
            http.get().uri("/customers/" + sample.customerId() + "/orders").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.total").isEqualTo(8);
            return before.entrySet().stream()
                    .allMatch(entry -> runtime.active(entry.getKey()).number() == entry.getValue().number() + 1);
        });

        assertThat(readModelRows()).isEqualTo(rowsBefore);
        assertThat(rowsBefore.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> READ_MODELS.entrySet().stream().allMatch(readModel ->
                readModel.getValue().stream().noneMatch(table -> tableExists(before.get(readModel.getKey()).table(table)))));
        http.get().uri("/admin/projections").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.name == 'orders')].generations[0].state").isEqualTo("ACTIVE");
    }

    @Test
    void replayProgressIsStreamedUntilTheNewGenerationAnswers() {
        Instant asked = Instant.now();
        int rebuilt = http.post().uri("/admin/projections/" + PROJECTION + "/replay").exchange()
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("generation").asInt();

        List<ReplayProgress> samples = http.get().uri("/admin/projections/" + PROJECTION + "/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(ReplayProgress.class).getResponseBody()
                .collectList().block(Duration.ofSeconds(90));

        assertThat(samples).isNotEmpty();
        ReplayProgress last = samples.get(samples.size() - 1);
        assertThat(last.state()).isEqualTo("ACTIVE");
        assertThat(last.eventsDone()).isEqualTo(last.eventsTotal());
        // How long the rebuild took, by the app's clock: from the request until the generation answered.
        JsonNode generation = StreamSupport.stream(http.get().uri("/admin/projections/" + PROJECTION).exchange()
                        .expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody().path("generations").spliterator(), false)
                .filter(node -> node.path("generation").asInt() == rebuilt)
                .findFirst().orElseThrow();
        assertThat(generation.path("state").asText()).isEqualTo("ACTIVE");
        Instant createdAt = Instant.parse(generation.path("createdAt").asText());
        Instant activatedAt = Instant.parse(generation.path("activatedAt").asText());
        assertThat(createdAt).isAfterOrEqualTo(asked.truncatedTo(ChronoUnit.MILLIS));
        assertThat(activatedAt).isAfterOrEqualTo(createdAt).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aRebuildReadsTheStoreWithTheStoresOwnTokensNotAsAReplay() {
        // Some events first: on an empty store no segment has a token to store (one that only skips the other
        // segment's events stores its token all the same).
        IntStream.range(0, 3).forEach(item -> commands.sendAndWait(new RegisterStockItem(
                StockItemId.of("TOKENS-" + UUID.randomUUID().toString().substring(0, 8), "BER-1"), 1)));
        awaitQuietStore();
        int rebuilt = http.post().uri("/admin/projections/" + PROJECTION + "/replay").exchange()
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("generation").asInt();
        await().atMost(Duration.ofSeconds(90)).until(() -> runtime.active(PROJECTION).number() == rebuilt);

        // Axon's default first token would be a replay token up to the head, advanced at every event (ADR 0109).
        // A segment that only skipped events stores its token a little after the switch.
        String processor = runtime.active(PROJECTION).processorName();
        List<String> tokenTypes = await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT token_type FROM token_entry WHERE processor_name = ?", String.class, processor),
                types -> !types.isEmpty() && !types.contains(null));
        assertThat(tokenTypes).containsOnly(GapAwareTrackingToken.class.getName());
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        http.post().uri("/admin/projections/nothing-like-it/replay").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Nothing in flight (QuietStore), so that the rows read stay as they are. */
    private void awaitQuietStore() {
        new QuietStore(jdbc).await();
    }

    private Map<String, Generation> activeGenerations() {
        Map<String, Generation> active = new TreeMap<>();
        READ_MODELS.keySet().forEach(projection -> active.put(projection, runtime.active(projection)));
        return active;
    }

    /** Every row of every read-model view, as JSON, in a fixed order: equal maps mean equal read models. */
    private Map<String, List<String>> readModelRows() {
        Map<String, List<String>> rows = new TreeMap<>();
        READ_MODELS.values().stream().flatMap(List::stream).forEach(view -> rows.put(view,
                jdbc.queryForList("SELECT row_to_json(v)::text FROM " + view + " v ORDER BY 1", String.class)));
        return rows;
    }

    private boolean tableExists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table));
    }
}
