package io.ultramarket.commerce.projections.stock;

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
import java.time.ZoneOffset;

/**
 * Writes one generation of the stock levels. A row's version is the sequence number of the last event of
 * its StockItem applied to it; every update is guarded by it, so an event applied a second time (a retried
 * dead letter, say) changes nothing. (The global position is no version: an event that filled a gap in the
 * stream arrives with a token ahead of its own position.)
 */
class StockLevelsWriter {

    private final JdbcTemplate jdbc;
    private final String table;

    StockLevelsWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    @EventHandler
    void on(StockItemRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (sku, warehouse, on_hand, reserved, version, updated_at) "
                        + "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (sku, warehouse) DO NOTHING",
                event.stockItemId().sku().value(), event.stockItemId().warehouse().value(), event.onHand(),
                version, at.atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(StockReceived event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.stockItemId(), "on_hand = " + event.onHand(), version, at);
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.stockItemId(), "on_hand = " + event.onHand(), version, at);
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.stockItemId(), "reserved = reserved + " + event.quantity().value(), version, at);
    }

    @EventHandler
    void on(StockReservationReleased event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.stockItemId(), "reserved = reserved - " + event.quantity().value(), version, at);
    }

    @EventHandler
    void on(StockReservationCommitted event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.stockItemId(), "on_hand = " + event.onHand() + ", reserved = reserved - " + event.quantity().value(),
                version, at);
    }

    /** {@code assignments} are built from integers of the event only, never from text. */
    private void update(StockItemId id, String assignments, long version, Instant at) {
        jdbc.update("UPDATE " + table + " SET " + assignments + ", version = ?, updated_at = ? "
                        + "WHERE sku = ? AND warehouse = ? AND version < ?",
                version, at.atOffset(ZoneOffset.UTC), id.sku().value(), id.warehouse().value(), version);
    }
}
