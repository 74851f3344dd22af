package io.ultramarket.commerce.query.stockalert;

import io.ultramarket.commerce.projections.stockalert.LowStockSchema;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.stock.LowStockCleared;
import io.ultramarket.commerce.schemas.stock.LowStockReached;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdChanged;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdCleared;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The low-stock read model, from the stock items' events to what {@link LowStock} reads. */
@ExtendWith(ReadModelSlices.class)
class LowStockSliceIT {

    private static final StockItemId MUG_BERLIN = StockItemId.of("MUG-BLUE", "BER-1");
    private static final StockItemId MUG_HAMBURG = StockItemId.of("MUG-BLUE", "HAM-1");
    private static final StockItemId TEA_BERLIN = StockItemId.of("TEA-GREEN", "BER-1");
    private static final StockItemId CUP_BERLIN = StockItemId.of("CUP-RED", "BER-1");

    @Test
    void aSkusWarehousesShowTheirOwnThresholdAndWhetherTheyAreLow(ReadModelDatabase database) {
        ReadModelSlice alerts = database.slice(LowStockSchema.class, LowStock.class)
                .apply(MUG_HAMBURG, new StockItemRegistered(MUG_HAMBURG, 40))
                .apply(MUG_BERLIN, new StockItemRegistered(MUG_BERLIN, 10),
                        new LowStockThresholdChanged(MUG_BERLIN, 5),
                        new LowStockReached(MUG_BERLIN, 4, 5));

        assertThat(alerts.reader(LowStock.class).ofSku("MUG-BLUE").collectList().block()).containsExactly(
                new LowStockItem("MUG-BLUE", "BER-1", 5, true, 5, 4, at(3)),
                new LowStockItem("MUG-BLUE", "HAM-1", null, false, null, null, null));
    }

    @Test
    void aRecoveredItemIsLowNoMoreAndAClearedThresholdIsTheDefaultsAgain(ReadModelDatabase database) {
        ReadModelSlice alerts = database.slice(LowStockSchema.class, LowStock.class)
                .apply(MUG_BERLIN, new StockItemRegistered(MUG_BERLIN, 10),
                        new LowStockThresholdChanged(MUG_BERLIN, 5),
                        new LowStockReached(MUG_BERLIN, 4, 5),
                        new LowStockThresholdCleared(MUG_BERLIN),
                        new LowStockCleared(MUG_BERLIN, 4, null));

        assertThat(alerts.reader(LowStock.class).ofSku("MUG-BLUE").collectList().block()).containsExactly(
                new LowStockItem("MUG-BLUE", "BER-1", null, false, null, null, null));
    }

    @Test
    void staffPageThroughTheLowItemsInSkuAndWarehouseOrder(ReadModelDatabase database) {
        ReadModelSlice alerts = database.slice(LowStockSchema.class, LowStock.class)
                .apply(TEA_BERLIN, new StockItemRegistered(TEA_BERLIN, 0), new LowStockReached(TEA_BERLIN, 0, 3))
                .apply(MUG_HAMBURG, new StockItemRegistered(MUG_HAMBURG, 2), new LowStockReached(MUG_HAMBURG, 2, 3))
                .apply(CUP_BERLIN, new StockItemRegistered(CUP_BERLIN, 50))
                .apply(MUG_BERLIN, new StockItemRegistered(MUG_BERLIN, 1), new LowStockReached(MUG_BERLIN, 1, 3));
        LowStock lowStock = alerts.reader(LowStock.class);

        assertThat(lowStock.lowAfter("", "", 2).map(item -> item.sku() + "@" + item.warehouse()).collectList().block())
                .containsExactly("MUG-BLUE@BER-1", "MUG-BLUE@HAM-1");
        assertThat(lowStock.lowAfter("MUG-BLUE", "HAM-1", 2).map(item -> item.sku() + "@" + item.warehouse())
                .collectList().block()).containsExactly("TEA-GREEN@BER-1");
    }

    /** A threshold set and then the item running low, applied again by a retried dead letter, change nothing. */
    @Test
    void anEventAppliedAgainChangesNothing(ReadModelDatabase database) {
        ReadModelSlice alerts = database.slice(LowStockSchema.class, LowStock.class)
                .apply(MUG_BERLIN, new StockItemRegistered(MUG_BERLIN, 10), new LowStockThresholdChanged(MUG_BERLIN, 5),
                        new LowStockReached(MUG_BERLIN, 4, 5), new LowStockCleared(MUG_BERLIN, 9, 5))
                .applyAgain(MUG_BERLIN, 2, new LowStockReached(MUG_BERLIN, 4, 5));

        assertThat(alerts.reader(LowStock.class).ofSku("MUG-BLUE").single().block().low()).isFalse();
    }
}
