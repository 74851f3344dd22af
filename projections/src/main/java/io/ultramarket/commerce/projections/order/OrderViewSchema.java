package io.ultramarket.commerce.projections.order;

import io.ultramarket.commerce.projections.columns.ColumnTypes;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;
import java.util.stream.Collectors;

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
    /**
     * The order's breakdown as placed (ADR 0076), each amount in {@link #CURRENCY} at its minor unit, as the
     * order's totals have them: the lines' subtotal, what the discounts took off (lines and shipping together),
     * the chosen option's shipping fee as quoted, and the taxes; {@link #TOTAL_AMOUNT} is what the customer pays.
     * An order placed before totals existed has its lines' subtotal and zero for the rest, as its events say.
     */
    public static final String SUBTOTAL_AMOUNT = "subtotal_amount";
    public static final String DISCOUNT_TOTAL_AMOUNT = "discount_total_amount";
    public static final String SHIPPING_FEE_AMOUNT = "shipping_fee_amount";
    public static final String TAX_TOTAL_AMOUNT = "tax_total_amount";
    /** The breakdown's columns, in the order the DDL has them. */
    public static final List<String> BREAKDOWN = List.of(SUBTOTAL_AMOUNT, DISCOUNT_TOTAL_AMOUNT, SHIPPING_FEE_AMOUNT,
            TAX_TOTAL_AMOUNT);
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
                        + BREAKDOWN.stream().map(column -> column + " " + ColumnTypes.MONEY_AMOUNT + " NOT NULL, ")
                                .collect(Collectors.joining())
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

    /**
     * Keeps a generation made before the breakdown writable by today's writer: its columns are added, nullable (its
     * older rows have no values). Such a generation is not today's shape (the columns are NOT NULL there), so the
     * engine rebuilds the orders from event 0 into a new generation and switches to it once caught up (ADR 0076);
     * until then the view over the old one has no breakdown and the reader shows none.
     */
    public static List<String> upgrades(Generation generation) {
        String orders = generation.table(ORDERS);
        return BREAKDOWN.stream().map(column -> "ALTER TABLE " + orders + " ADD COLUMN IF NOT EXISTS " + column + " "
                + ColumnTypes.MONEY_AMOUNT).toList();
    }
}
