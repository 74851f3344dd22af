package io.ultramarket.commerce.projections.order;

import io.ultramarket.commerce.projections.columns.ColumnTypes;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The orders read model's tables (the orders and their status timeline), their columns and their DDL: the
 * one definition that {@link OrderViewWriter} writes by and query-side's {@code Orders} reads by.
 */
public final class OrderViewSchema {

    public static final String PROJECTION = "orders";
    public static final String ORDERS = "order_view";
    public static final String TIMELINE = "order_timeline";
    public static final List<String> TABLES = List.of(ORDERS, TIMELINE);

    // order_view
    public static final String ORDER_ID = "order_id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String CART_ID = "cart_id";
    public static final String STATUS = "status";
    /** jsonb: the lines, each {@code {"sku","quantity","unitPrice","lineTotal"}}. */
    public static final String LINES = "lines";
    public static final String TOTAL_AMOUNT = "total_amount";
    public static final String CURRENCY = "currency";
    /** jsonb: the contract's {@code Address}. */
    public static final String SHIPPING_ADDRESS = "shipping_address";
    public static final String SHIPPING_OPTION = "shipping_option";
    public static final String CARRIER = "carrier";
    public static final String TRACKING_NUMBER = "tracking_number";
    public static final String PLACED_AT = "placed_at";

    // order_timeline: one step per event of the order, keyed by the order and the event's sequence number;
    // ORDER_ID and STATUS are its columns too.
    public static final String SEQUENCE_NUMBER = "sequence_number";
    public static final String OCCURRED_AT = "occurred_at";
    /** jsonb: the step's details as text values ({@code reason}, {@code carrier} ...), or null. */
    public static final String DETAIL = "detail";

    private OrderViewSchema() {
    }

    /** Free text from carriers and people (carrier, tracking number, reasons) is TEXT: a long value is no poison. */
    public static List<String> ddl(Generation generation) {
        String orders = generation.table(ORDERS);
        return List.of(
                "CREATE TABLE " + orders + " ("
                        + ORDER_ID + " UUID PRIMARY KEY, " + CUSTOMER_ID + " UUID NOT NULL, " + CART_ID + " UUID NOT NULL, "
                        + STATUS + " VARCHAR(16) NOT NULL, " + LINES + " JSONB NOT NULL, "
                        + TOTAL_AMOUNT + " " + ColumnTypes.MONEY_AMOUNT + " NOT NULL, "
                        + CURRENCY + " " + ColumnTypes.CURRENCY + " NOT NULL, "
                        + SHIPPING_ADDRESS + " JSONB NOT NULL, " + SHIPPING_OPTION + " TEXT NOT NULL, " + CARRIER + " TEXT, "
                        + TRACKING_NUMBER + " TEXT, " + PLACED_AT + " TIMESTAMPTZ NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL, "
                        + VERSION + " BIGINT NOT NULL)",
                // A customer's history, newest first, is one range scan of this index.
                "CREATE INDEX " + orders + "_customer_history ON " + orders
                        + " (" + CUSTOMER_ID + ", " + PLACED_AT + " DESC, " + ORDER_ID + ")",
                "CREATE TABLE " + generation.table(TIMELINE) + " ("
                        + ORDER_ID + " UUID NOT NULL, " + SEQUENCE_NUMBER + " BIGINT NOT NULL, " + STATUS + " VARCHAR(16) NOT NULL, "
                        + OCCURRED_AT + " TIMESTAMPTZ NOT NULL, " + DETAIL + " JSONB, "
                        + "PRIMARY KEY (" + ORDER_ID + ", " + SEQUENCE_NUMBER + "))");
    }
}
