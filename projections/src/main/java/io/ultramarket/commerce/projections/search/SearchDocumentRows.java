package io.ultramarket.commerce.projections.search;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The PostgreSQL side of shipping: which documents of a generation changed, and which revisions went out. */
class SearchDocumentRows {

    private static final TypeReference<CatalogProduct> PRODUCT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    SearchDocumentRows(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<PendingDocument> pending(Generation generation, int limit) {
        return jdbc.query("SELECT product::text AS product, in_stock, revision, created_at FROM "
                        + generation.table(SearchDocumentsProjection.DOCUMENTS)
                        + " WHERE revision > shipped_revision LIMIT ?",
                (row, index) -> new PendingDocument(SearchDocument.of(json.read(row.getString("product"), PRODUCT),
                        row.getBoolean("in_stock"), row.getTimestamp("created_at").toInstant()),
                        row.getLong("revision")),
                limit);
    }

    /** Records what went out; a revision written meanwhile stays pending. */
    void markShipped(Generation generation, List<PendingDocument> shipped) {
        jdbc.batchUpdate("UPDATE " + generation.table(SearchDocumentsProjection.DOCUMENTS)
                        + " SET shipped_revision = GREATEST(shipped_revision, ?) WHERE product_id = ?",
                shipped.stream().map(pending -> new Object[]{pending.revision(), pending.document().productId()}).toList());
    }

    long pendingCount(Generation generation) {
        return count(generation, " WHERE revision > shipped_revision");
    }

    long documentCount(Generation generation) {
        return count(generation, "");
    }

    private long count(Generation generation, String where) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM "
                + generation.table(SearchDocumentsProjection.DOCUMENTS) + where, Long.class);
        return count == null ? 0 : count;
    }
}
