package io.ultramarket.commerce.query.search;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of hits, the total over all pages, and the facets of everything that matched. */
public record SearchResult(long total, int page, int size, List<Hit> hits, Facets facets) {

    /**
     * A product that matched; prices are the range over its variants. {@code rating} is the average of its
     * {@code reviewCount} approved reviews, null while it has none.
     */
    public record Hit(UUID productId, String name, String description, String category, Money priceFrom,
                      Money priceTo, boolean inStock, Map<String, List<String>> attributes, Double rating,
                      int reviewCount) {
    }

    /** Counts of matching products per category (ancestors included), price bucket and attribute value. */
    public record Facets(List<ValueCount> categories, List<PriceBucket> prices,
                         Map<String, List<ValueCount>> attributes) {
    }

    public record ValueCount(String value, long count) {
    }

    /** Products whose lowest price is at least {@code from} and below {@code to}; an open end is absent. */
    public record PriceBucket(Double from, Double to, long count) {
    }
}
