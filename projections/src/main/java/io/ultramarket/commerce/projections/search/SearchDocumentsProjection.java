package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The search documents of one generation, in PostgreSQL: what Elasticsearch should hold, with a revision
 * per document and the revision Elasticsearch has. It runs with or without Elasticsearch: documents wait
 * here until the indexer can ship them, so Elasticsearch being away loses nothing.
 */
@Component
public class SearchDocumentsProjection implements ReadModelProjection {

    public static final String NAME = "product-search";
    static final String DOCUMENTS = "search_document";
    static final String SKUS = "search_sku";
    static final String STOCK = "search_stock";

    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    SearchDocumentsProjection(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of(DOCUMENTS, SKUS, STOCK);
    }

    @Override
    public List<String> schema(Generation generation) {
        String documents = generation.table(DOCUMENTS);
        return List.of(
                // product_version guards against old product events; revision counts every change of the
                // document (product or availability) and is the external version in Elasticsearch.
                "CREATE TABLE " + documents + " (product_id UUID PRIMARY KEY, product JSONB NOT NULL, "
                        + "in_stock BOOLEAN NOT NULL, product_version BIGINT NOT NULL, revision BIGINT NOT NULL, "
                        + "shipped_revision BIGINT NOT NULL DEFAULT 0, created_at TIMESTAMPTZ NOT NULL, "
                        + "updated_at TIMESTAMPTZ NOT NULL)",
                "CREATE INDEX " + documents + "_pending ON " + documents + " (product_id) WHERE revision > shipped_revision",
                "CREATE TABLE " + generation.table(SKUS) + " (sku VARCHAR(64) PRIMARY KEY, product_id UUID NOT NULL)",
                "CREATE INDEX " + generation.table(SKUS) + "_product ON " + generation.table(SKUS) + " (product_id)",
                StockLevelsWriter.createTable(generation.table(STOCK)));
    }

    @Override
    public Object eventHandler(Generation generation) {
        return new SearchDocumentsWriter(jdbc, json, generation.table(DOCUMENTS), generation.table(SKUS),
                new StockLevelsWriter(jdbc, generation.table(STOCK)), generation.table(STOCK));
    }

    /** Availability joins a product's events with its SKUs' stock events: they must apply in one order. */
    @Override
    public int segments() {
        return 1;
    }

    /** One poisoned document holds back its product's events and its SKUs' stock events, nothing else. */
    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy(Generation generation) {
        return new ProductSequence(jdbc, generation.table(SKUS));
    }
}
