package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.projections.catalog.ProductViewSchema;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price or category look-up by SKU finds its products through the products read model's index by SKU, and the
 * latest products are read in an index's order, not by reading every product of the catalog (ADR 0100); a
 * generation made before the indexes gets them at the start.
 */
@ApiIntegrationTest
class ProductsByIndexIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectionRuntime runtime;

    @Test
    void theLookUpBySkuIsAnsweredFromTheIndex() {
        String table = runtime.active(ProductViewSchema.PROJECTION).table(ProductViewSchema.TABLE);
        String plan = planWithoutScansOrSorts(CatalogPrices.publishedVariants("variant->'price'->>'amount' AS amount")
                .replace(":skus", "ARRAY['NO-SUCH-SKU']"));
        assertThat(plan).contains("Index Scan on " + table + "_skus");
    }

    @Test
    void theLatestProductsAreReadInTheIndexsOrder() {
        String table = runtime.active(ProductViewSchema.PROJECTION).table(ProductViewSchema.TABLE);
        assertThat(planWithoutScansOrSorts(Products.LATEST.replace(":limit", "20"))).contains("Index Scan using " + table + "_latest");
    }

    @Test
    void aGenerationWithoutTheIndexesGetsThemFromItsUpgrade() {
        Generation active = runtime.active(ProductViewSchema.PROJECTION);
        List<String> indexes = indexes(active);
        assertThat(indexes).hasSize(2);
        indexes.forEach(index -> jdbc.execute("DROP INDEX " + index));
        // Twice: the upgrade runs at every start.
        ProductViewSchema.upgrades(active).forEach(jdbc::execute);
        ProductViewSchema.upgrades(active).forEach(jdbc::execute);
        assertThat(indexes(active)).containsExactlyInAnyOrderElementsOf(indexes);
    }

    @Test
    void theSkusOfADocumentAreItsVariantsSkusWhateverElseItHolds() {
        assertThat(skus("{\"variants\": [{\"sku\": \"A-1\"}, {\"sku\": \"B-2\"}]}")).isEqualTo("{A-1,B-2}");
        assertThat(skus("{\"variants\": [{\"sku\": 7}, {\"price\": {}}]}")).isEqualTo("{}");
        assertThat(skus("{\"variants\": \"none\"}")).isEqualTo("{}");
        assertThat(skus("{}")).isEqualTo("{}");
    }

    private String skus(String document) {
        return jdbc.queryForObject("SELECT catalog_variant_skus(?::jsonb)::text", String.class, document);
    }

    /**
     * The plan of {@code sql} with scans of whole tables and sorts made as dear as they can be: a query that an index
     * cannot answer still scans or sorts, so the plan shows which index can.
     */
    private String planWithoutScansOrSorts(String sql) {
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_sort = off");
            return jdbc.queryForList("EXPLAIN " + sql, String.class);
        });
        return String.join("\n", plan);
    }

    private List<String> indexes(Generation generation) {
        String table = generation.table(ProductViewSchema.TABLE);
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = ? AND indexname IN (?, ?)",
                String.class, table, table + "_skus", table + "_latest");
    }
}
