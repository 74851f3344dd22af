package io.ultramarket.commerce.projections.cart;

import io.ultramarket.commerce.projections.columns.ColumnTypes;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The cart read model's table, its columns and its DDL: the one definition that {@link CartViewWriter}
 * writes by and query-side's {@code Carts} reads by.
 */
public final class CartViewSchema {

    public static final String PROJECTION = "carts";
    public static final String TABLE = "cart_view";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String CART_ID = "cart_id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String STATUS = "status";
    public static final String ORDER_ID = "order_id";
    /** jsonb: the lines, each {@code {"sku","quantity","unitPrice","lineTotal"}}. */
    public static final String LINES = "lines";
    public static final String TOTAL_AMOUNT = "total_amount";
    public static final String CURRENCY = "currency";
    public static final String ITEM_COUNT = "item_count";

    private CartViewSchema() {
    }

    /** An empty cart has no currency yet: its total is 0 and {@code currency} is null until the first line. */
    public static List<String> ddl(Generation generation) {
        return List.of("CREATE TABLE " + generation.table(TABLE) + " ("
                + CART_ID + " UUID PRIMARY KEY, " + CUSTOMER_ID + " UUID NOT NULL, "
                + STATUS + " VARCHAR(16) NOT NULL, " + ORDER_ID + " UUID, " + LINES + " JSONB NOT NULL, "
                + TOTAL_AMOUNT + " " + ColumnTypes.MONEY_AMOUNT + " NOT NULL, " + CURRENCY + " " + ColumnTypes.CURRENCY + ", "
                + ITEM_COUNT + " INTEGER NOT NULL, "
                + VERSION + " BIGINT NOT NULL, " + CREATED_AT + " TIMESTAMPTZ NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL)");
    }
}
