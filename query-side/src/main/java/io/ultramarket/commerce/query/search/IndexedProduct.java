package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What this reader takes from a search document's source (the projection writes more, which is skipped). Prices
 * are read as decimals from the source's text, not through a {@code double} and its text again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedProduct(UUID productId, String name, String description, String category, List<String> attributes,
                      BigDecimal priceMin, BigDecimal priceMax, String currency, boolean inStock, Double rating,
                      int reviewCount) {

    /** A source without a price reads as 0, as a {@code double} would. */
    IndexedProduct {
        priceMin = priceMin == null ? BigDecimal.ZERO : priceMin;
        priceMax = priceMax == null ? BigDecimal.ZERO : priceMax;
    }
}
