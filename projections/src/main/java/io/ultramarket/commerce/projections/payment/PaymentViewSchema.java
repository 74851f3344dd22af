package io.ultramarket.commerce.projections.payment;

import io.ultramarket.commerce.projections.columns.ColumnTypes;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The payments read model's table, its columns and its DDL: the one definition that
 * {@link PaymentViewWriter} writes by and query-side's {@code Payments} reads by. A payment has one currency
 * (the Payment aggregate refuses any other), so the amounts share one currency column.
 */
public final class PaymentViewSchema {

    public static final String PROJECTION = "payments";
    public static final String TABLE = "payment_view";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String PAYMENT_ID = "payment_id";
    public static final String ORDER_ID = "order_id";
    public static final String STATUS = "status";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String AUTHORIZED_AMOUNT = "authorized_amount";
    public static final String CAPTURED_AMOUNT = "captured_amount";
    public static final String REFUNDED_AMOUNT = "refunded_amount";
    public static final String PROVIDER_REFERENCE = "provider_reference";
    public static final String REQUESTED_AT = "requested_at";

    private PaymentViewSchema() {
    }

    public static List<String> ddl(Generation generation) {
        String table = generation.table(TABLE);
        String amount = " " + ColumnTypes.MONEY_AMOUNT;
        return List.of(
                "CREATE TABLE " + table + " ("
                        + PAYMENT_ID + " UUID PRIMARY KEY, " + ORDER_ID + " UUID NOT NULL, " + STATUS + " VARCHAR(24) NOT NULL, "
                        + AMOUNT + amount + " NOT NULL, " + CURRENCY + " " + ColumnTypes.CURRENCY + " NOT NULL, "
                        + AUTHORIZED_AMOUNT + amount + ", " + CAPTURED_AMOUNT + amount + ", "
                        + REFUNDED_AMOUNT + amount + ", " + PROVIDER_REFERENCE + " TEXT, "
                        + REQUESTED_AT + " TIMESTAMPTZ NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL, " + VERSION + " BIGINT NOT NULL)",
                "CREATE INDEX " + table + "_by_order ON " + table + " (" + ORDER_ID + ", " + REQUESTED_AT + ", " + PAYMENT_ID + ")");
    }
}
