package io.ultramarket.commerce.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.command.stock.InsufficientStock;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.RegisterStockItem;
import io.ultramarket.commerce.schemas.stock.ReserveStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A snapshot is trusted only with its seal (ADR 0044): a sealed one is loaded, one rewritten in the table
 * after it was sealed is ignored, the aggregate rebuilt from its events, and both are counted.
 */
@ApiIntegrationTest
class SealedSnapshotIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Insider insider;
    @Autowired
    MeterRegistry meters;
    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregates;
    ObjectMapper json = new ObjectMapper();

    @Test
    void aTamperedSnapshotIsIgnoredAndTheAggregateRebuiltFromItsEvents() throws Exception {
        var stockItem = StockItemId.of("SEALED-" + UUID.randomUUID().toString().substring(0, 8), "BER-1");
        commands.sendAndWait(new RegisterStockItem(stockItem, 5));
        for (int receipt = 0; receipt < 120; receipt++) {
            commands.sendAndWait(new ReceiveStock(stockItem, Quantity.of(1), "receipt-" + receipt));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> seals(stockItem) > 0);

        // A sealed snapshot is loaded as it is.
        double accepted = loaded("accepted");
        aggregates.remove(stockItem.toString());
        commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(1)));
        // At least once: the snapshotter may load it too, to take the next snapshot.
        assertThat(loaded("accepted")).isGreaterThan(accepted);

        // An insider raises the stock in the snapshot, which the seal does not cover with this content.
        String snapshot = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, stockItem.toString());
        ObjectNode forged = (ObjectNode) json.readTree(snapshot);
        forged.put("onHand", 100_000);
        insider.jdbc().update("UPDATE snapshot_event_entry SET payload = ? WHERE aggregate_identifier = ?",
                json.writeValueAsBytes(forged), stockItem.toString());

        double rejected = loaded("rejected");
        aggregates.remove(stockItem.toString());
        // 125 received, 1 held: the events say 124 are available, the forged snapshot 99,999.
        assertThatThrownBy(() -> commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(125))))
                .isInstanceOf(InsufficientStock.class);
        assertThat(loaded("rejected")).isGreaterThan(rejected);
        commands.sendAndWait(new ReserveStock(stockItem, UUID.randomUUID(), Quantity.of(124)));
    }

    private double loaded(String outcome) {
        var counter = meters.find(SealedSnapshotStorage.LOADED).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long seals(StockItemId stockItem) {
        return jdbc.queryForObject("SELECT count(*) FROM snapshot_seal WHERE aggregate_identifier = ?", Long.class,
                stockItem.toString());
    }
}
