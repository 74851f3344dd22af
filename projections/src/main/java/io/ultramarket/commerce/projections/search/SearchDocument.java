package io.ultramarket.commerce.projections.search;

import io.ultramarket.commerce.projections.catalog.CatalogProduct;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A product as Elasticsearch holds it: what shoppers search, filter, sort and facet on. {@code categories}
 * is the category with its ancestors (a filter on {@code apparel} finds {@code apparel/shoes});
 * {@code attributes} are {@code name=value} pairs of all variants, one keyword each, for filters and facets.
 * Prices are the range over the variants. {@code rating} and {@code reviewCount} are the approved reviews' (ADR 0068).
 * An unpublished product keeps its document, marked
 * {@code published: false} and without suggestions: searches filter it out.
 */
public record SearchDocument(UUID productId, String name, String description, String category,
                             List<String> categories, List<String> attributes, List<String> skus, double priceMin,
                             double priceMax, String currency, boolean inStock, boolean published, long createdAt,
                             Double rating, int reviewCount, Suggest suggest) {

    /** The completion suggester's input: the name, and the name from each later word on ("runner shoe", "shoe"). */
    public record Suggest(List<String> input) {
    }

    /**
     * The document of {@code product}, rated by its {@code reviewCount} approved reviews whose ratings add up to
     * {@code ratingSum}: {@code rating} is their average, null while there are none (such products sort last).
     */
    static SearchDocument of(CatalogProduct product, boolean inStock, Instant createdAt, int reviewCount, long ratingSum) {
        List<ProductVariant> variants = product.variants();
        BigDecimal min = variants.stream().map(variant -> variant.price().amount()).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = variants.stream().map(variant -> variant.price().amount()).max(Comparator.naturalOrder()).orElseThrow();
        List<String> attributes = variants.stream()
                .flatMap(variant -> variant.attributes().entrySet().stream())
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue())
                .distinct().sorted().toList();
        return new SearchDocument(product.productId(), product.name(), product.description(), product.category(),
                CategoryPath.of(product.category()).withAncestors(), attributes,
                variants.stream().map(variant -> variant.sku().value()).toList(),
                min.doubleValue(), max.doubleValue(), variants.get(0).price().currency().getCurrencyCode(), inStock,
                product.published(), createdAt.toEpochMilli(), reviewCount == 0 ? null : (double) ratingSum / reviewCount,
                reviewCount, product.published() ? suggestionsFor(product.name()) : null);
    }

    private static Suggest suggestionsFor(String name) {
        List<String> words = Arrays.asList(name.strip().split("\\s+"));
        List<String> inputs = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            inputs.add(String.join(" ", words.subList(first, words.size())));
        }
        return new Suggest(inputs);
    }
}
