package io.ultramarket.commerce.projections.stockalert;

import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.stock.LowStockCleared;
import io.ultramarket.commerce.schemas.stock.LowStockReached;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdChanged;
import io.ultramarket.commerce.schemas.stock.LowStockThresholdCleared;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.stockalert.LowStockSchema.*;

/**
 * Writes one generation of the low-stock read model: a row per stock item from its registration, versioned
 * per StockItem like the stock levels (see {@link VersionedRows}). Whether an item is low is what its events
 * said; nothing here judges a threshold.
 */
class LowStockWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final VersionedRows rows;

    LowStockWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, SKU, WAREHOUSE);
    }

    @EventHandler
    void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", SKU, WAREHOUSE, LOW, VERSION, UPDATED_AT)
                        + ") VALUES (?, ?, false, ?, ?) ON CONFLICT (" + SKU + ", " + WAREHOUSE + ") DO NOTHING",
                event.stockItemId().sku().value(), event.stockItemId().warehouse().value(), version, utc(at));
    }

    @EventHandler
    void on(LowStockThresholdChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, OWN_THRESHOLD + " = ?", event.threshold());
    }

    @EventHandler
    void on(LowStockThresholdCleared event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, OWN_THRESHOLD + " = NULL");
    }

    @EventHandler
    void on(LowStockReached event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at,
                LOW + " = true, " + LOW_THRESHOLD + " = ?, " + AVAILABLE_WHEN_LOW + " = ?, " + LOW_SINCE + " = ?",
                event.threshold(), event.available(), utc(at));
    }

    @EventHandler
    void on(LowStockCleared event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at,
                LOW + " = false, " + LOW_THRESHOLD + " = NULL, " + AVAILABLE_WHEN_LOW + " = NULL, " + LOW_SINCE + " = NULL");
    }

    private static List<String> key(StockItemId id) {
        return List.of(id.sku().value(), id.warehouse().value());
    }
}
