package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.projections.stock.StockLevelsSchema;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Problems;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event is parked with the rest of its aggregate's events instead of stopping the projection; an
 * operator sees it (in one list with the checkout saga's parked orders) and retries it once the cause is
 * gone, or evicts it. A transient failure is tried again, not parked.
 */
@ApiIntegrationTest
class DeadLetterIT {

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRuntime runtime;

    @Test
    void aPoisonEventIsParkedListedAndRetried() {
        Generation active = runtime.active(StockLevelsSchema.PROJECTION);
        String table = active.table(StockLevelsSchema.TABLE);
        var poisoned = StockItemId.of("POISON-1", "BER-1");
        var healthy = StockItemId.of("HEALTHY-1", "BER-1");
        commands.sendAndWait(new RegisterStockItem(poisoned, 1));
        commands.sendAndWait(new RegisterStockItem(healthy, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> onHand(poisoned) == 1 && onHand(healthy) == 1);
        // The read model's table refuses the value 777: the event that sets it fails in the projection.
        jdbc.execute("ALTER TABLE " + table + " ADD CONSTRAINT poison CHECK (on_hand <> 777)");
        try {
            commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(776), "poison"));
            commands.sendAndWait(new ReceiveStock(healthy, Quantity.of(9), "fine"));

            // The projection goes on with other aggregates.
            await().atMost(Duration.ofSeconds(20)).until(() -> onHand(healthy) == 10);
            List<Map<String, Object>> letters = await().atMost(Duration.ofSeconds(20)).until(this::deadLetters,
                    list -> list.stream().anyMatch(letter -> "POISON-1@BER-1".equals(letter.get("sequence"))));
            Map<String, Object> letter = letters.stream()
                    .filter(entry -> "POISON-1@BER-1".equals(entry.get("sequence"))).findFirst().orElseThrow();
            assertThat(letter.get("kind")).isEqualTo("dead-letter");
            assertThat(letter.get("eventType")).isEqualTo("StockReceived");
            assertThat(letter.get("processor")).isEqualTo(active.processorName());
            assertThat(onHand(poisoned)).isEqualTo(1);

            // A later event of the parked aggregate is parked behind it, not applied out of order (the processor
            // remembers the sequences it parked and asks the queue about those: ADR 0079).
            commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(5), "behind"));
            await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters().stream()
                    .filter(entry -> "POISON-1@BER-1".equals(entry.get("sequence"))).count() == 2);
            assertThat(onHand(poisoned)).isEqualTo(1);
        } finally {
            jdbc.execute("ALTER TABLE " + table + " DROP CONSTRAINT poison");
        }

        String id = deadLetters().stream().filter(entry -> "POISON-1@BER-1".equals(entry.get("sequence")))
                .findFirst().orElseThrow().get("id").toString();
        http.post().uri("/admin/dead-letters/" + id + "/retry").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        assertThat(onHand(poisoned)).as("the parked event, then the one behind it").isEqualTo(782);
        assertThat(deadLetters()).noneMatch(entry -> "POISON-1@BER-1".equals(entry.get("sequence")));
        http.post().uri("/admin/dead-letters/" + id + "/retry").exchange().expectStatus().isNotFound();
    }

    @Test
    void anEventThatFailsTransientlyIsTriedAgainAndAppliedNotParked() {
        Generation active = runtime.active(StockLevelsSchema.PROJECTION);
        var flaky = StockItemId.of("FLAKY-1", "BER-1");
        commands.sendAndWait(new RegisterStockItem(flaky, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> onHand(flaky) == 1);
        // The first two writes of the value 555 fail as a serialization conflict (SQLSTATE 40001) would; a
        // sequence counts them, since the savepoint's rollback undoes everything else the trigger writes.
        jdbc.execute("CREATE SEQUENCE flaky_fault");
        jdbc.execute("CREATE FUNCTION flaky_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.on_hand = 555 AND nextval('flaky_fault') <= 2 THEN "
                + "RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER flaky_fault BEFORE UPDATE ON " + active.table(StockLevelsSchema.TABLE)
                + " FOR EACH ROW EXECUTE FUNCTION flaky_fault()");
        try {
            commands.sendAndWait(new ReceiveStock(flaky, Quantity.of(554), "flaky"));

            await().atMost(Duration.ofSeconds(20)).until(() -> onHand(flaky) == 555);
            assertThat(jdbc.queryForObject("SELECT last_value FROM flaky_fault", Long.class)).isEqualTo(3);
            assertThat(deadLetters()).noneMatch(letter -> "FLAKY-1@BER-1".equals(letter.get("sequence")));
        } finally {
            jdbc.execute("DROP TRIGGER flaky_fault ON " + active.table(StockLevelsSchema.TABLE));
            jdbc.execute("DROP FUNCTION flaky_fault()");
            jdbc.execute("DROP SEQUENCE flaky_fault");
        }
    }

    @Test
    void anEvictedDeadLetterLeavesTheListForGood() {
        String table = runtime.active(StockLevelsSchema.PROJECTION).table(StockLevelsSchema.TABLE);
        var poisoned = StockItemId.of("POISON-EVICTED", "BER-1");
        commands.sendAndWait(new RegisterStockItem(poisoned, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> onHand(poisoned) == 1);
        jdbc.execute("ALTER TABLE " + table + " ADD CONSTRAINT poison_evicted CHECK (on_hand <> 778)");
        String id;
        try {
            commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(777), "poison"));
            id = await().atMost(Duration.ofSeconds(20)).until(() -> letterOf("POISON-EVICTED@BER-1"), letter -> letter != null)
                    .get("id").toString();
        } finally {
            jdbc.execute("ALTER TABLE " + table + " DROP CONSTRAINT poison_evicted");
        }

        http.delete().uri("/admin/dead-letters/" + id).exchange().expectStatus().isNoContent();

        assertThat(letterOf("POISON-EVICTED@BER-1")).isNull();
        assertThat(onHand(poisoned)).as("the evicted event was never applied").isEqualTo(1);
        Problems.expectProblem(http.delete().uri("/admin/dead-letters/" + id).exchange(), 404, "/problems/not-found");
        Problems.expectProblem(http.post().uri("/admin/dead-letters/" + id + "/retry").exchange(), 404, "/problems/not-found");

        // Evicting leaves the event out of the live read model only: a rebuild from event 0 applies it, which
        // also leaves the shared store's read models equal to their rebuilds for the tests that compare them.
        int live = runtime.active(StockLevelsSchema.PROJECTION).number();
        http.post().uri("/admin/projections/stock-levels/replay").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(120)).until(() -> runtime.active(StockLevelsSchema.PROJECTION).number() > live);
        await().atMost(Duration.ofSeconds(20)).until(() -> onHand(poisoned) == 778);
    }

    private Map<String, Object> letterOf(String sequence) {
        return deadLetters().stream().filter(entry -> sequence.equals(entry.get("sequence"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deadLetters() {
        return http.get().uri("/admin/dead-letters").exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private int onHand(StockItemId id) {
        List<Integer> rows = jdbc.queryForList("SELECT on_hand FROM " + StockLevelsSchema.TABLE + " WHERE sku = ? AND warehouse = ?",
                Integer.class, id.sku().value(), id.warehouse().value());
        return rows.isEmpty() ? -1 : rows.get(0);
    }
}
