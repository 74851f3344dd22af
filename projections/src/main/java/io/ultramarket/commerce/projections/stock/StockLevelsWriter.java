package io.ultramarket.commerce.projections.stock;

import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.stock.StockAdjusted;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockItemRegistered;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import io.ultramarket.commerce.schemas.stock.StockReservationCommitted;
import io.ultramarket.commerce.schemas.stock.StockReservationReleased;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/** Writes one generation of the stock levels; rows are versioned per StockItem (see {@link VersionedRows}). */
class StockLevelsWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final VersionedRows rows;

    StockLevelsWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, "sku", "warehouse");
    }

    @EventHandler
    void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (sku, warehouse, on_hand, reserved, version, updated_at) "
                        + "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (sku, warehouse) DO NOTHING",
                event.stockItemId().sku().value(), event.stockItemId().warehouse().value(), event.onHand(),
                version, utc(at));
    }

    @EventHandler
    void on(StockReceived event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?", event.onHand());
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?", event.onHand());
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "reserved = reserved + ?", event.quantity().value());
    }

    @EventHandler
    void on(StockReservationReleased event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "reserved = reserved - ?", event.quantity().value());
    }

    @EventHandler
    void on(StockReservationCommitted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?, reserved = reserved - ?",
                event.onHand(), event.quantity().value());
    }

    private static List<String> key(StockItemId id) {
        return List.of(id.sku().value(), id.warehouse().value());
    }
}
