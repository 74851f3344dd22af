package io.ultramarket.commerce.query.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ultramarket.commerce.query.columns.JsonColumnReader;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.Collection;
import java.util.List;

import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.PRODUCT;
import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.SKUS;
import static io.ultramarket.commerce.projections.catalog.ProductViewSchema.TABLE;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;

/**
 * The prices of published catalog variants, their own and those on price lists, read from the products read model ({@code ProductViewSchema};
 * the fields of its {@code CatalogProduct} documents by their JSON names) without blocking. A SKU of
 * an unpublished product, or one the catalog does not know, has no price. Should two published products
 * list the same SKU, the one changed last names the price.
 */
@Component
public class CatalogPrices {

    private static final String PUBLISHED_VARIANTS = publishedVariants(
            "variant->'price'->>'amount' AS amount, variant->'price'->>'currency' AS currency, "
            + "COALESCE((SELECT jsonb_agg(listed) FROM jsonb_array_elements(" + PRODUCT + "->'prices') AS listed "
            + "WHERE listed->>'sku' = variant->>'sku'), '[]'::jsonb)::text AS listed");

    private static final TypeReference<List<VariantPrice>> LISTED = new TypeReference<>() {
    };

    private final DatabaseClient database;
    private final JsonColumnReader json;

    CatalogPrices(DatabaseClient database, JsonColumnReader json) {
        this.database = database;
        this.json = json;
    }

    /**
     * The SKU and {@code columns} of each published variant among {@code :skus} ({@code variant} its JSON,
     * {@code product} its product's), one row per SKU: the product changed last wins.
     */
    static String publishedVariants(String columns) {
        return "SELECT DISTINCT ON (variant->>'sku') variant->>'sku' AS sku, " + columns + " "
                + "FROM " + TABLE + ", jsonb_array_elements(" + PRODUCT + "->'variants') AS variant "
                // The index by SKU finds the products (ADR 0100); the variant's own test picks the variant.
                + "WHERE " + SKUS + " && CAST(:skus AS TEXT[]) "
                + "AND (" + PRODUCT + "->>'published')::boolean AND variant->>'sku' = ANY(:skus) "
                + "ORDER BY variant->>'sku', " + UPDATED_AT + " DESC";
    }

    /** A published variant's SKU, its own price, and its prices on price lists (ADR 0067). */
    public record CatalogPrice(Sku sku, Money unitPrice, List<VariantPrice> listed) {

        public CatalogPrice {
            listed = List.copyOf(listed);
        }
    }

    /** The prices of those of {@code skus} that a published product sells, with all their listed prices. */
    public Flux<CatalogPrice> of(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Flux.empty();
        }
        String[] values = skus.stream().map(Sku::value).distinct().toArray(String[]::new);
        return database.sql(PUBLISHED_VARIANTS)
                .bind("skus", values)
                .map(row -> new CatalogPrice(Sku.of(row.get("sku", String.class)),
                        Money.of(row.get("amount", String.class), row.get("currency", String.class)),
                        json.read(row.get("listed", String.class), LISTED)))
                .all();
    }
}
