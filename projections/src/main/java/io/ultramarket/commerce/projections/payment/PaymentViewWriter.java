package io.ultramarket.commerce.projections.payment;

import io.ultramarket.commerce.projections.columns.VersionedRows;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/** Writes one generation of the payments read model, each row versioned by its payment's sequence number. */
class PaymentViewWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final VersionedRows rows;

    PaymentViewWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, "payment_id");
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (payment_id, order_id, status, amount, currency, requested_at, "
                        + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING",
                event.paymentId(), event.orderId(), PaymentStatus.REQUESTED.name(), event.amount().amount(),
                event.amount().currency().getCurrencyCode(), utc(at), utc(at), version);
    }

    @EventHandler
    void on(PaymentAuthorized event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.paymentId(), version, at, "status = ?, authorized_amount = ?, provider_reference = ?",
                PaymentStatus.AUTHORIZED.name(), event.amount().amount(), event.providerReference());
    }

    @EventHandler
    void on(PaymentDeclined event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.paymentId(), version, at, "status = ?", PaymentStatus.DECLINED.name());
    }

    /** Refunds count from the capture on, as in the Payment aggregate. */
    @EventHandler
    void on(PaymentCaptured event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.paymentId(), version, at, "status = ?, captured_amount = ?, refunded_amount = 0",
                PaymentStatus.CAPTURED.name(), event.amount().amount());
    }

    @EventHandler
    void on(PaymentVoided event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.paymentId(), version, at, "status = ?", PaymentStatus.VOIDED.name());
    }

    /** The event carries the running total, so the row takes it as it is instead of adding to it. */
    @EventHandler
    void on(PaymentRefunded event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.update(event.paymentId(), version, at,
                "refunded_amount = ?, status = CASE WHEN captured_amount > ? THEN ? ELSE ? END",
                event.totalRefunded().amount(), event.totalRefunded().amount(),
                PaymentStatus.PARTIALLY_REFUNDED.name(), PaymentStatus.REFUNDED.name());
    }
}
