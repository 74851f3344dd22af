package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.stock.StockLevelsSchema;

import java.util.List;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;

/**
 * The search documents' tables, their columns and their DDL: what {@link SearchDocumentsWriter} writes and
 * the {@link SearchIndexer} ships from. Besides the documents, a generation keeps which product lists each
 * SKU and stock levels of its own (the stock levels read model's shape), to know which products are in stock, and
 * the approved reviews' ratings of each product (ADR 0068).
 */
public final class SearchDocumentsSchema {

    public static final String PROJECTION = "product-search";
    public static final String DOCUMENTS = "search_document";
    public static final String SKUS = "search_sku";
    public static final String STOCK = "search_stock";
    public static final String REVIEWS = "search_review";
    public static final List<String> TABLES = List.of(DOCUMENTS, SKUS, STOCK, REVIEWS);

    // search_document
    public static final String PRODUCT_ID = "product_id";
    /** jsonb: the {@code CatalogProduct}. */
    public static final String PRODUCT = "product";
    public static final String IN_STOCK = "in_stock";
    /** The product's aggregate version: it guards against old product events. */
    public static final String PRODUCT_VERSION = "product_version";
    /** Counts every change of the document (product or availability); the external version in Elasticsearch. */
    public static final String REVISION = "revision";
    /** The revision Elasticsearch has. */
    public static final String SHIPPED_REVISION = "shipped_revision";

    // search_sku: the product that lists a SKU (PRODUCT_ID is its other column)
    public static final String SKU = "sku";

    // search_review: the approved reviews of a product (PRODUCT_ID), whose ratings a document carries
    public static final String REVIEW_ID = "review_id";
    public static final String RATING = "rating";

    private SearchDocumentsSchema() {
    }

    public static List<String> ddl(Generation generation) {
        String documents = generation.table(DOCUMENTS);
        String skus = generation.table(SKUS);
        return List.of(
                "CREATE TABLE " + documents + " (" + PRODUCT_ID + " UUID PRIMARY KEY, " + PRODUCT + " JSONB NOT NULL, "
                        + IN_STOCK + " BOOLEAN NOT NULL, " + PRODUCT_VERSION + " BIGINT NOT NULL, " + REVISION + " BIGINT NOT NULL, "
                        + SHIPPED_REVISION + " BIGINT NOT NULL DEFAULT 0, " + CREATED_AT + " TIMESTAMPTZ NOT NULL, "
                        + UPDATED_AT + " TIMESTAMPTZ NOT NULL)",
                "CREATE INDEX " + documents + "_pending ON " + documents + " (" + PRODUCT_ID + ") WHERE " + REVISION + " > " + SHIPPED_REVISION,
                "CREATE TABLE " + skus + " (" + SKU + " VARCHAR(64) PRIMARY KEY, " + PRODUCT_ID + " UUID NOT NULL)",
                "CREATE INDEX " + skus + "_product ON " + skus + " (" + PRODUCT_ID + ")",
                StockLevelsSchema.ddl(generation.table(STOCK)),
                reviewsTable(generation), reviewsIndex(generation));
    }

    /** Brings a generation made before products had ratings to today's shape: no review was approved then. */
    public static List<String> upgrades(Generation generation) {
        return List.of(reviewsTable(generation), reviewsIndex(generation));
    }

    private static String reviewsTable(Generation generation) {
        return "CREATE TABLE IF NOT EXISTS " + generation.table(REVIEWS) + " (" + REVIEW_ID + " UUID PRIMARY KEY, "
                + PRODUCT_ID + " UUID NOT NULL, " + RATING + " SMALLINT NOT NULL)";
    }

    private static String reviewsIndex(Generation generation) {
        String reviews = generation.table(REVIEWS);
        return "CREATE INDEX IF NOT EXISTS " + reviews + "_product ON " + reviews + " (" + PRODUCT_ID + ")";
    }
}
