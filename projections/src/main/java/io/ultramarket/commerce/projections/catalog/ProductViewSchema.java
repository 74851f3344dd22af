package io.ultramarket.commerce.projections.catalog;

import io.ultramarket.commerce.projections.columns.JsonDocumentSchema;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;

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

    /**
     * The SKUs of a product's variants, as the index by SKU holds them: a look-up by SKU tests {@code SKUS + " && ?"}
     * to find its products through the index (ADR 0100).
     */
    public static final String SKUS = "catalog_variant_skus(" + PRODUCT + ")";

    /**
     * The function behind {@link #SKUS}, made by the first generation that needs it (every generation shares it;
     * the engine makes a projection's generations one at a time). Immutable, as an index expression must be, and
     * lax: a document without variants, or with anything else there, has no SKUs, never an error that would fail
     * the projection's writes.
     */
    private static final String SKUS_FUNCTION = """
            DO $$ BEGIN
                IF to_regprocedure('catalog_variant_skus(jsonb)') IS NULL THEN
                    CREATE FUNCTION catalog_variant_skus(product JSONB) RETURNS TEXT[]
                        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                        AS $skus$ SELECT coalesce(array_agg(sku #>> '{}'), '{}')
                                  FROM jsonb_path_query(product, 'lax $.variants[*].sku') AS sku
                                  WHERE jsonb_typeof(sku) = 'string' $skus$;
                END IF;
            END $$""";

    public static List<String> ddl(Generation generation) {
        return List.of(SKUS_FUNCTION, JsonDocumentSchema.ddl(generation.table(TABLE), PRODUCT_ID, PRODUCT),
                skuIndex(generation, ""), latestIndex(generation, ""));
    }

    /** A generation made before these indexes gets them at the start (the engine compares columns, not indexes). */
    public static List<String> upgrades(Generation generation) {
        return List.of(SKUS_FUNCTION, skuIndex(generation, "IF NOT EXISTS "), latestIndex(generation, "IF NOT EXISTS "));
    }

    private static String skuIndex(Generation generation, String ifNotExists) {
        String table = generation.table(TABLE);
        return "CREATE INDEX " + ifNotExists + table + "_skus ON " + table + " USING gin (" + SKUS + ")";
    }

    /** The latest products first ({@code GET /products}), read in this order rather than sorted from all of them. */
    private static String latestIndex(Generation generation, String ifNotExists) {
        String table = generation.table(TABLE);
        return "CREATE INDEX " + ifNotExists + table + "_latest ON " + table + " (" + UPDATED_AT + " DESC, " + PRODUCT_ID + ")";
    }
}
