package io.ultramarket.commerce.projections.search;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.DOCUMENTS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.IN_STOCK;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.PRODUCT_ID;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.RATING;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVIEWS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVISION;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SHIPPED_REVISION;

/** The PostgreSQL side of shipping: which documents of a generation changed, and which revisions went out. */
class SearchDocumentRows {

    private static final TypeReference<CatalogProduct> PRODUCT = new TypeReference<>() {
    };
    private static final String PENDING = REVISION + " > " + SHIPPED_REVISION;

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    SearchDocumentRows(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The changed documents, each with its approved reviews' count and rating sum as they are now. */
    List<PendingDocument> pending(Generation generation, int limit) {
        return documents(generation, "WHERE " + PENDING + " LIMIT ?", limit);
    }

    /**
     * Every document, changed or not, in the order of their products' ids: the {@code limit} after {@code after}
     * (null: from the first). For a copy into a new index of the generation (ADR 0101).
     */
    List<PendingDocument> page(Generation generation, UUID after, int limit) {
        return after == null
                ? documents(generation, "ORDER BY d." + PRODUCT_ID + " LIMIT ?", limit)
                : documents(generation, "WHERE d." + PRODUCT_ID + " > ? ORDER BY d." + PRODUCT_ID + " LIMIT ?", after, limit);
    }

    private List<PendingDocument> documents(Generation generation, String where, Object... arguments) {
        String reviews = generation.table(REVIEWS);
        return jdbc.query("SELECT " + SearchDocumentsSchema.PRODUCT + "::text AS " + SearchDocumentsSchema.PRODUCT + ", "
                        + String.join(", ", IN_STOCK, REVISION, CREATED_AT) + ", "
                        + "(SELECT count(*) FROM " + reviews + " r WHERE r." + PRODUCT_ID + " = d." + PRODUCT_ID + ") AS review_count, "
                        + "(SELECT coalesce(sum(r." + RATING + "), 0) FROM " + reviews + " r WHERE r." + PRODUCT_ID + " = d." + PRODUCT_ID
                        + ") AS rating_sum FROM " + generation.table(DOCUMENTS) + " d " + where,
                (row, index) -> new PendingDocument(SearchDocument.of(json.read(row.getString(SearchDocumentsSchema.PRODUCT), PRODUCT),
                        row.getBoolean(IN_STOCK), row.getTimestamp(CREATED_AT).toInstant(), row.getInt("review_count"),
                        row.getLong("rating_sum")),
                        row.getLong(REVISION)),
                arguments);
    }

    /**
     * Records what went out; a revision written meanwhile stays pending. Rows the projection holds locked
     * right now are skipped, not waited for: they stay pending and go out again (a version conflict then),
     * and the indexer never holds locks the projection waits for while it waits for the projection's.
     */
    void markShipped(Generation generation, List<PendingDocument> shipped) {
        String table = generation.table(DOCUMENTS);
        Object[] ids = shipped.stream().map(pending -> pending.document().productId()).toArray();
        Object[] revisions = shipped.stream().map(PendingDocument::revision).toArray();
        jdbc.update(connection -> {
            PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " t SET " + SHIPPED_REVISION + " = GREATEST(t." + SHIPPED_REVISION + ", s.revision) "
                    + "FROM (SELECT unnest(?) AS product_id, unnest(?) AS revision) s "
                    + "WHERE t." + PRODUCT_ID + " = s.product_id AND t." + PRODUCT_ID + " IN "
                    + "(SELECT " + PRODUCT_ID + " FROM " + table + " WHERE " + PRODUCT_ID + " = ANY(?) FOR UPDATE SKIP LOCKED)");
            Array idArray = connection.createArrayOf("uuid", ids);
            update.setArray(1, idArray);
            update.setArray(2, connection.createArrayOf("bigint", revisions));
            update.setArray(3, idArray);
            return update;
        });
    }

    /**
     * Makes every document that went out pending again, for an index that lost them (ADR 0099); answers how many.
     * Rows the projection holds locked are waited for: skipping one whose change then rolled back would leave it
     * out of the new index for good. This runs only when the index is missing, so a rare deadlock with the
     * projection costs a retry of one side, not a lost document.
     */
    int shipAllAgain(Generation generation) {
        return jdbc.update("UPDATE " + generation.table(DOCUMENTS) + " SET " + SHIPPED_REVISION + " = 0 WHERE "
                + SHIPPED_REVISION + " > 0");
    }

    long pendingCount(Generation generation) {
        return count(generation, " WHERE " + PENDING);
    }

    long documentCount(Generation generation) {
        return count(generation, "");
    }

    private long count(Generation generation, String where) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM "
                + generation.table(DOCUMENTS) + where, Long.class);
        return count == null ? 0 : count;
    }
}
