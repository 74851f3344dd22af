package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.projections.columns.JsonDocumentSchema;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

/**
 * The products read model's table, its columns and its DDL: the one definition that
 * {@link ProductViewWriter} writes by and query-side's {@code Products} and {@code CatalogPrices} read by.
 * The {@link #PRODUCT} document is a {@link CatalogProduct} as JSON.
 */
public final class ProductViewSchema {

    public static final String PROJECTION = "products";
    public static final String TABLE = "product_view";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String PRODUCT_ID = "product_id";
    /** jsonb: the {@link CatalogProduct}. */
    public static final String PRODUCT = "product";

    private ProductViewSchema() {
    }

    public static List<String> ddl(Generation generation) {
        return List.of(JsonDocumentSchema.ddl(generation.table(TABLE), PRODUCT_ID, PRODUCT));
    }
}
