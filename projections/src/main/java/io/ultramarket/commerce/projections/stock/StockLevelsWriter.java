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

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.ON_HAND;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.RESERVED;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.SKU;
import static io.ultramarket.commerce.projections.stock.StockLevelsSchema.WAREHOUSE;

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
        this.rows = new VersionedRows(jdbc, table, SKU, WAREHOUSE);
    }

    @EventHandler
    public void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", SKU, WAREHOUSE, ON_HAND, RESERVED, VERSION, UPDATED_AT)
                        + ") VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (" + SKU + ", " + WAREHOUSE + ") DO NOTHING",
                event.stockItemId().sku().value(), event.stockItemId().warehouse().value(), event.onHand(),
                version, utc(at));
    }

    @EventHandler
    public void on(StockReceived event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, ON_HAND + " = ?", event.onHand());
    }

    @EventHandler
    public void on(StockAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, ON_HAND + " = ?", event.onHand());
    }

    @EventHandler
    public void on(StockReserved event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, RESERVED + " = " + RESERVED + " + ?", event.quantity().value());
    }

    @EventHandler
    public void on(StockReservationReleased event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, RESERVED + " = " + RESERVED + " - ?", event.quantity().value());
    }

    @EventHandler
    public void on(StockReservationCommitted event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(key(event.stockItemId()), version, at, ON_HAND + " = ?, " + RESERVED + " = " + RESERVED + " - ?",
                event.onHand(), event.quantity().value());
    }

    private static List<String> key(StockItemId id) {
        return List.of(id.sku().value(), id.warehouse().value());
    }
}
