package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.PRODUCT;

/**
 * The catalog category of each published variant's product, and the tax category set on the product itself, read
 * from the products read model without blocking: what a SKU's tax category follows (ADR 0065, 0075). As with
 * prices, the product changed last names them.
 */
@Component
public class CatalogCategories {

    private static final String PUBLISHED_CATEGORIES = CatalogPrices.publishedVariants(
            PRODUCT + "->>'category' AS category, " + PRODUCT + "->>'taxCategory' AS tax_category");

    /**
     * A SKU's product's catalog category (empty text when it has none) and its own tax category (null while it
     * follows its catalog category).
     */
    public record Categories(String catalogCategory, TaxCategory taxCategory) {
    }

    private final DatabaseClient database;

    CatalogCategories(DatabaseClient database) {
        this.database = database;
    }

    /** The categories of those of {@code skus} that a published product sells. */
    public Mono<Map<Sku, Categories>> of(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Mono.just(Map.of());
        }
        String[] values = skus.stream().map(Sku::value).distinct().toArray(String[]::new);
        return database.sql(PUBLISHED_CATEGORIES)
                .bind("skus", values)
                .map(row -> {
                    String category = row.get("category", String.class);
                    String taxCategory = row.get("tax_category", String.class);
                    return Map.entry(Sku.of(row.get("sku", String.class)), new Categories(category == null ? "" : category,
                            taxCategory == null ? null : TaxCategory.valueOf(taxCategory)));
                })
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
