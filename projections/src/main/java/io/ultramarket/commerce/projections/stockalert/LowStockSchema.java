package io.ultramarket.commerce.projections.stockalert;

import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/**
 * The low-stock read model (ADR 0059): per stock item, its own low-stock threshold and whether it is low,
 * since when and by which threshold. A projection of its own beside the stock levels, so that an existing
 * installation builds it from event 0 at its first start instead of needing the stock levels rebuilt.
 */
public final class LowStockSchema {

    public static final String PROJECTION = "low-stock";
    public static final String TABLE = "low_stock";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String SKU = "sku";
    public static final String WAREHOUSE = "warehouse";
    /** The item's own threshold; null when the shop's default applies. */
    public static final String OWN_THRESHOLD = "own_threshold";
    public static final String LOW = "low";
    /** The threshold the item was found low by (its own or the default then); null while it is not low. */
    public static final String LOW_THRESHOLD = "low_threshold";
    /** What was available when the item ran low; null while it is not low. */
    public static final String AVAILABLE_WHEN_LOW = "available_when_low";
    /** When it ran low; null while it is not low. */
    public static final String LOW_SINCE = "low_since";

    private LowStockSchema() {
    }

    public static List<String> ddl(Generation generation) {
        String table = generation.table(TABLE);
        return List.of("CREATE TABLE " + table + " ("
                        + SKU + " VARCHAR(64) NOT NULL, " + WAREHOUSE + " VARCHAR(32) NOT NULL, "
                        + OWN_THRESHOLD + " INTEGER, " + LOW + " BOOLEAN NOT NULL, " + LOW_THRESHOLD + " INTEGER, "
                        + AVAILABLE_WHEN_LOW + " INTEGER, " + LOW_SINCE + " TIMESTAMPTZ, "
                        + VERSION + " BIGINT NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL, "
                        + "PRIMARY KEY (" + SKU + ", " + WAREHOUSE + "))",
                // Staff page through the low items in key order; the others are most of the table.
                "CREATE INDEX " + table + "_low ON " + table + " (" + SKU + ", " + WAREHOUSE + ") WHERE " + LOW);
    }
}
