package io.ultramarket.commerce.query.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A validated search: optional full text, category (matches its sub-categories too), price range (a
 * product matches when some variant's price lies in it), in-stock only, attribute filters (values of one
 * attribute are alternatives, different attributes must all match), a minimum average rating (null: any, unrated
 * products too), sort and the page (from 0).
 */
public record SearchQuery(String text, String category, BigDecimal minPrice, BigDecimal maxPrice, boolean inStockOnly,
                          Map<String, List<String>> attributes, Integer minRating, SearchSort sort, int page, int size) {

    public SearchQuery {
        attributes = Map.copyOf(attributes);
    }
}
