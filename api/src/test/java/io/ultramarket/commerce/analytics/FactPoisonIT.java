package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.servers.ClickHouseServer;
import io.ultramarket.commerce.servers.RealServers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import ru.yandex.clickhouse.ClickHouseDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose fact rows ClickHouse refuses is parked, with its aggregate's later events, while the rest
 * of its batch and other aggregates' facts arrive; an operator retries it once the cause is gone. ClickHouse
 * being away parks nothing: the facts arrive when it is back.
 */
@ApiIntegrationTest
class FactPoisonIT {

    private static final Duration WRITTEN = Duration.ofSeconds(60);

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionRuntime projections;
    String run;
    StockMovementFacts facts;
    ClickHouseDataSource clickHouse;

    @BeforeEach
    void setUp() {
        run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        facts = new StockMovementFacts();
        clickHouse = facts.dataSource();
    }

    @Test
    void aRefusedFactIsParkedWithItsAggregatesLaterEventsAndRetriedAfterTheFix() throws SQLException {
        var poisoned = StockItemId.of("FP-P-" + run, "BER-1");
        var healthy = StockItemId.of("FP-H-" + run, "BER-1");
        commands.sendAndWait(new RegisterStockItem(poisoned, 1));
        commands.sendAndWait(new RegisterStockItem(healthy, 1));
        await().atMost(WRITTEN).until(() -> movements(poisoned).size() == 1 && movements(healthy).size() == 1);

        // The table refuses one value, as a constraint would (ClickHouse 18.16 has none): a column whose
        // default throws for the poisoned SKU's receipt of 7 units. ClickHouse refuses the whole INSERT.
        String table = "stock_movement_g" + projections.active("analytics").number();
        String poison = "poison_" + run;
        execute("ALTER TABLE " + table + " ADD COLUMN " + poison + " UInt8 DEFAULT throwIf(sku = '"
                + poisoned.sku().value() + "' AND quantity = 7)");
        try {
            commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(7), "refused"));
            commands.sendAndWait(new ReceiveStock(poisoned, Quantity.of(2), "held back"));
            commands.sendAndWait(new ReceiveStock(healthy, Quantity.of(5), "fine"));

            await().atMost(WRITTEN).until(() -> movements(healthy), rows -> rows.equals(List.of("registered 1", "received 5")));
            List<Map<String, Object>> parked = await().atMost(WRITTEN).until(() -> lettersOf(poisoned), letters -> letters.size() == 2);
            assertThat(parked).extracting(letter -> letter.get("processor"))
                    .containsOnly("analytics-g" + projections.active("analytics").number());
            assertThat(parked).extracting(letter -> letter.get("eventType")).containsOnly("StockReceived");
            assertThat(parked.get(0).get("causeMessage").toString()).contains("throwIf");
            assertThat(movements(poisoned)).containsExactly("registered 1");
        } finally {
            execute("ALTER TABLE " + table + " DROP COLUMN " + poison);
        }

        http.post().uri("/admin/dead-letters/" + lettersOf(poisoned).get(0).get("id") + "/retry").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(true);
        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(movements(poisoned)).containsExactly("registered 1", "received 7", "received 2");
    }

    @Test
    void whileClickHouseIsAwayNothingIsParkedAndTheFactsArriveWhenItIsBack() {
        var item = StockItemId.of("FP-OUT-" + run, "BER-1");
        commands.sendAndWait(new RegisterStockItem(item, 1));
        await().atMost(WRITTEN).until(() -> movements(item).size() == 1);
        ClickHouseServer server = RealServers.clickHouse();
        server.stopKeepingData();
        try {
            for (int receipt = 1; receipt <= 3; receipt++) {
                commands.sendAndWait(new ReceiveStock(item, Quantity.of(receipt), "during the outage"));
            }
            // ClickHouse is really away for the app too (its analysts' reads fail), not just for this test.
            http.get().uri("/analytics/sales?from=2026-01-01&to=2026-01-02").exchange().expectStatus().isEqualTo(503);
        } finally {
            server.restart();
        }
        commands.sendAndWait(new ReceiveStock(item, Quantity.of(4), "after the outage"));

        await().atMost(Duration.ofSeconds(90)).until(() -> movements(item),
                rows -> rows.equals(List.of("registered 1", "received 1", "received 2", "received 3", "received 4")));
        assertThat(lettersOf(item)).isEmpty();
    }

    /** The item's movements as the active generation's ClickHouse table has them. */
    private List<String> movements(StockItemId item) throws SQLException {
        return facts.of(projections.active("analytics").number(), item);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = clickHouse.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lettersOf(StockItemId item) {
        List<Map<String, Object>> all = http.get().uri("/admin/dead-letters").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return all.stream().filter(letter -> item.toString().equals(letter.get("sequence"))).toList();
    }
}
