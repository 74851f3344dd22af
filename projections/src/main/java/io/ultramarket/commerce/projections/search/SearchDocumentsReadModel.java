package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.readmodel.PostgresReadModel;
import io.ultramarket.commerce.projections.runtime.ReadModelProjection;
import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.DOCUMENTS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.REVIEWS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.SKUS;
import static io.ultramarket.commerce.projections.search.SearchDocumentsSchema.STOCK;

/**
 * The search documents of one generation, in PostgreSQL: what Elasticsearch should hold, with a revision
 * per document and the revision Elasticsearch has. It runs with or without Elasticsearch: documents wait
 * here until the indexer can ship them, so Elasticsearch being away loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class SearchDocumentsReadModel {

    /**
     * Availability joins a product's events with its SKUs' stock events: they apply in one order, and one
     * poisoned document holds back its product's events and its SKUs' stock events, nothing else. In the
     * background: no request waits for a document, which the indexer ships to Elasticsearch on its own cycle.
     */
    @Bean
    ReadModelProjection searchDocumentsProjection(JdbcTemplate jdbc, JsonColumns json) {
        return new PostgresReadModel(SearchDocumentsSchema.PROJECTION, SearchDocumentsSchema.TABLES, SearchDocumentsSchema::ddl,
                generation -> new SearchDocumentsWriter(jdbc, json, generation.table(DOCUMENTS), generation.table(SKUS),
                        new StockLevelsWriter(jdbc, generation.table(STOCK)), generation.table(STOCK),
                        generation.table(REVIEWS)))
                .joiningAggregates(generation -> new ProductSequence(jdbc, generation.table(SKUS)))
                .upgradedBy(SearchDocumentsSchema::upgrades)
                .inTheBackground();
    }
}
