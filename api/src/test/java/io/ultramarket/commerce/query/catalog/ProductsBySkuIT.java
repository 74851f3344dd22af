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
 * A price or category look-up by SKU finds its products through the products read model's index by SKU, not by
 * reading every product of the catalog (ADR 0100); a generation made before the index gets it at the start.
 */
@ApiIntegrationTest
class ProductsBySkuIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectionRuntime runtime;

    @Test
    void theLookUpBySkuIsAnsweredFromTheIndex() {
        Generation active = runtime.active(ProductViewSchema.PROJECTION);
        assertThat(skuIndexes(active)).hasSize(1);
        // Scanning the table is made as dear as it can be: a look-up that the index cannot answer would still scan.
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            return jdbc.queryForList("EXPLAIN " + CatalogPrices.publishedVariants("variant->'price'->>'amount' AS amount")
                    .replace(":skus", "ARRAY['NO-SUCH-SKU']"), String.class);
        });
        assertThat(String.join("\n", plan)).contains("Index Scan on " + active.table(ProductViewSchema.TABLE) + "_skus");
    }

    @Test
    void aGenerationWithoutTheIndexGetsItFromItsUpgrade() {
        Generation active = runtime.active(ProductViewSchema.PROJECTION);
        String index = skuIndexes(active).get(0);
        jdbc.execute("DROP INDEX " + index);
        // Twice: the upgrade runs at every start.
        ProductViewSchema.upgrades(active).forEach(jdbc::execute);
        ProductViewSchema.upgrades(active).forEach(jdbc::execute);
        assertThat(skuIndexes(active)).containsExactly(index);
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

    private List<String> skuIndexes(Generation generation) {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = ? AND indexdef LIKE '%catalog_variant_skus%'",
                String.class, generation.table(ProductViewSchema.TABLE));
    }
}
