package io.ultramarket.commerce.query.payment;

import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
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
import static io.ultramarket.commerce.projections.payment.PaymentViewSchema.TABLE;
import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/** Reads the payments read model (the view {@code payment_view}, see {@code PaymentViewSchema}) without blocking. */
@Component
public class Payments {

    private static final String OF_ORDER = "SELECT " + String.join(", ", PAYMENT_ID, ORDER_ID, STATUS, AMOUNT,
            AUTHORIZED_AMOUNT, CAPTURED_AMOUNT, REFUNDED_AMOUNT, CURRENCY, PROVIDER_REFERENCE, VERSION, REQUESTED_AT,
            UPDATED_AT) + " FROM " + TABLE + " WHERE " + ORDER_ID + " = :orderId ORDER BY " + REQUESTED_AT + ", " + PAYMENT_ID;

    private final DatabaseClient database;

    Payments(DatabaseClient database) {
        this.database = database;
    }

    /** Every payment of the order, oldest request first; none when the read model knows no payment for it. */
    public Flux<PaymentView> ofOrder(UUID orderId) {
        return database.sql(OF_ORDER)
                .bind("orderId", orderId)
                .map(row -> new PaymentView(row.get(PAYMENT_ID, UUID.class), row.get(ORDER_ID, UUID.class),
                        PaymentStatus.valueOf(row.get(STATUS, String.class)),
                        money(row, AMOUNT, CURRENCY), money(row, AUTHORIZED_AMOUNT, CURRENCY),
                        money(row, CAPTURED_AMOUNT, CURRENCY), money(row, REFUNDED_AMOUNT, CURRENCY),
                        row.get(PROVIDER_REFERENCE, String.class), row.get(VERSION, Long.class),
                        instant(row, REQUESTED_AT), instant(row, UPDATED_AT)))
                .all();
    }
}
