package io.ultramarket.commerce.projections.stock;

import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The stock levels read model's table, its columns and its DDL: the one definition that
 * {@link StockLevelsWriter} writes by, and query-side's {@code StockLevels} and the checkout's warehouse
 * candidates read by. The search documents keep a table of the same shape ({@link #ddl(String)}).
 */
public final class StockLevelsSchema {

    public static final String PROJECTION = "stock-levels";
    public static final String TABLE = "stock_level";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String SKU = "sku";
    public static final String WAREHOUSE = "warehouse";
    public static final String ON_HAND = "on_hand";
    public static final String RESERVED = "reserved";

    private StockLevelsSchema() {
    }

    public static List<String> ddl(Generation generation) {
        return List.of(ddl(generation.table(TABLE)));
    }

    /** The DDL of a stock levels table named {@code table}: one row per SKU and warehouse. */
    public static String ddl(String table) {
        return "CREATE TABLE " + table + " ("
                + SKU + " VARCHAR(64) NOT NULL, " + WAREHOUSE + " VARCHAR(32) NOT NULL, "
                + ON_HAND + " INTEGER NOT NULL, " + RESERVED + " INTEGER NOT NULL, "
                + VERSION + " BIGINT NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL, "
                + "PRIMARY KEY (" + SKU + ", " + WAREHOUSE + "))";
    }
}
