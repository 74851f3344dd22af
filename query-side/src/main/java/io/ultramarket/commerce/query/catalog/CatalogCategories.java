package io.ultramarket.commerce.query.catalog;

import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.PRODUCT;

/**
 * The catalog category of each published variant's product, read from the products read model without blocking:
 * what a SKU's tax category follows (ADR 0065). As with prices, the product changed last names it.
 */
@Component
public class CatalogCategories {

    private static final String PUBLISHED_CATEGORIES = CatalogPrices.publishedVariants(PRODUCT + "->>'category' AS category");

    private final DatabaseClient database;

    CatalogCategories(DatabaseClient database) {
        this.database = database;
    }

    /** The categories of those of {@code skus} that a published product sells (a product may have none: empty text). */
    public Mono<Map<Sku, String>> of(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Mono.just(Map.of());
        }
        String[] values = skus.stream().map(Sku::value).distinct().toArray(String[]::new);
        return database.sql(PUBLISHED_CATEGORIES)
                .bind("skus", values)
                .map(row -> Map.entry(Sku.of(row.get("sku", String.class)),
                        row.get("category", String.class) == null ? "" : row.get("category", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
