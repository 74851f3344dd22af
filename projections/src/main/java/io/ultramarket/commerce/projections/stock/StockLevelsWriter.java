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

/**
 * Writes one generation of the stock levels; rows are versioned per StockItem (see {@link VersionedRows}).
 * The search projection keeps stock levels of its own with this writer, to know which products are in stock.
 */
public class StockLevelsWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final VersionedRows rows;

    public StockLevelsWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, "sku", "warehouse");
    }

    @EventHandler
    public void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (sku, warehouse, on_hand, reserved, version, updated_at) "
                        + "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (sku, warehouse) DO NOTHING",
                event.stockItemId().sku().value(), event.stockItemId().warehouse().value(), event.onHand(),
                version, utc(at));
    }

    @EventHandler
    public void on(StockReceived event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?", event.onHand());
    }

    @EventHandler
    public void on(StockAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?", event.onHand());
    }

    @EventHandler
    public void on(StockReserved event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "reserved = reserved + ?", event.quantity().value());
    }

    @EventHandler
    public void on(StockReservationReleased event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "reserved = reserved - ?", event.quantity().value());
    }

    @EventHandler
    public void on(StockReservationCommitted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(key(event.stockItemId()), version, at, "on_hand = ?, reserved = reserved - ?",
                event.onHand(), event.quantity().value());
    }

    /** The DDL of a stock levels table named {@code table}: one row per SKU and warehouse. */
    public static String createTable(String table) {
        return "CREATE TABLE " + table + " ("
                + "sku VARCHAR(64) NOT NULL, warehouse VARCHAR(32) NOT NULL, "
                + "on_hand INTEGER NOT NULL, reserved INTEGER NOT NULL, "
                + "version BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL, "
                + "PRIMARY KEY (sku, warehouse))";
    }

    private static List<String> key(StockItemId id) {
        return List.of(id.sku().value(), id.warehouse().value());
    }
}
