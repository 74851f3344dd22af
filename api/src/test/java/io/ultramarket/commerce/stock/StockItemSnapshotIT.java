package io.ultramarket.commerce.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.command.stock.InsufficientStock;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.SetLowStockThreshold;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** StockItem is the hottest aggregate: past the threshold it is snapshotted, and the snapshot keeps its state. */
@ApiIntegrationTest
class StockItemSnapshotIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    ObjectMapper json = new ObjectMapper();

    @Test
    void aBusyStockItemIsSnapshottedWithItsFullState() throws Exception {
        var stockItem = StockItemId.of("HOT-ITEM", "BER-1");
        UUID order = UUID.randomUUID();
        commands.sendAndWait(new RegisterStockItem(stockItem, 5));
        commands.sendAndWait(new ReserveStock(stockItem, order, Quantity.of(3)));
        // Low from here on (ADR 0059): at most 500 available all along.
        commands.sendAndWait(new SetLowStockThreshold(stockItem, 500));
        for (int receipt = 0; receipt < 120; receipt++) {
            commands.sendAndWait(new ReceiveStock(stockItem, Quantity.of(1), "receipt-" + receipt));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> !snapshotsOf(stockItem).isEmpty());
        JsonNode snapshot = json.readTree(snapshotsOf(stockItem).get(0));
        assertThat(snapshot.get("stockItemId").asText()).isEqualTo("HOT-ITEM@BER-1");
        assertThat(snapshot.get("onHand").asInt()).isGreaterThan(100);
        assertThat(snapshot.get("reservations").get(order.toString()).asInt()).isEqualTo(3);
        assertThat(snapshot.get("lowStockThreshold").asInt()).isEqualTo(500);
        assertThat(snapshot.get("low").asBoolean()).isTrue();

        // Loaded from the snapshot plus later events: 125 on hand, 3 held, so exactly 122 are available.
        commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(122)));
        assertThatThrownBy(() -> commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(1))))
                .isInstanceOf(InsufficientStock.class);
        // The reservation above changed what is available while low: the snapshot's low state kept it from
        // being said low a second time.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%.LowStockReached'", Integer.class, stockItem.toString())).isEqualTo(1);
    }

    private List<String> snapshotsOf(StockItemId stockItem) {
        return jdbc.query("SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                (row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8), stockItem.toString());
    }
}
