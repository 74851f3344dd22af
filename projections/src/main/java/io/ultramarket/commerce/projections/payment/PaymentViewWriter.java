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

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.AMOUNT;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.AUTHORIZED_AMOUNT;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.CAPTURED_AMOUNT;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.CURRENCY;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.ORDER_ID;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.PAYMENT_ID;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.PROVIDER_REFERENCE;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.REFUNDED_AMOUNT;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.REQUESTED_AT;
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.STATUS;

/** Writes one generation of the payments read model, each row versioned by its payment's sequence number. */
class PaymentViewWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final VersionedRows rows;

    PaymentViewWriter(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = new VersionedRows(jdbc, table, PAYMENT_ID);
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", PAYMENT_ID, ORDER_ID, STATUS, AMOUNT, CURRENCY,
                        REQUESTED_AT, UPDATED_AT, VERSION) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (" + PAYMENT_ID + ") DO NOTHING",
                event.paymentId(), event.orderId(), PaymentStatus.REQUESTED.name(), event.amount().amount(),
                event.amount().currency().getCurrencyCode(), utc(at), utc(at), version);
    }

    @EventHandler
    void on(PaymentAuthorized event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.paymentId(), version, at, STATUS + " = ?, " + AUTHORIZED_AMOUNT + " = ?, " + PROVIDER_REFERENCE + " = ?",
                PaymentStatus.AUTHORIZED.name(), event.amount().amount(), event.providerReference());
    }

    @EventHandler
    void on(PaymentDeclined event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.paymentId(), version, at, STATUS + " = ?", PaymentStatus.DECLINED.name());
    }

    /** Refunds count from the capture on, as in the Payment aggregate. */
    @EventHandler
    void on(PaymentCaptured event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.paymentId(), version, at, STATUS + " = ?, " + CAPTURED_AMOUNT + " = ?, " + REFUNDED_AMOUNT + " = 0",
                PaymentStatus.CAPTURED.name(), event.amount().amount());
    }

    @EventHandler
    void on(PaymentVoided event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.paymentId(), version, at, STATUS + " = ?", PaymentStatus.VOIDED.name());
    }

    /** The event carries the running total, so the row takes it as it is instead of adding to it. */
    @EventHandler
    void on(PaymentRefunded event, @SequenceNumber long version, @Timestamp Instant at) {
        rows.apply(event.paymentId(), version, at,
                REFUNDED_AMOUNT + " = ?, " + STATUS + " = CASE WHEN " + CAPTURED_AMOUNT + " > ? THEN ? ELSE ? END",
                event.totalRefunded().amount(), event.totalRefunded().amount(),
                PaymentStatus.PARTIALLY_REFUNDED.name(), PaymentStatus.REFUNDED.name());
    }
}
