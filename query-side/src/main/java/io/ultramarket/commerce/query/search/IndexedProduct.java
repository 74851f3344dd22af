package io.ultramarket.commerce.query.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** What this reader takes from a search document's source (the projection writes more, which is skipped). */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedProduct(UUID productId, String name, String description, String category, List<String> attributes,
                      double priceMin, double priceMax, String currency, boolean inStock, Double rating,
                      int reviewCount) {
}
