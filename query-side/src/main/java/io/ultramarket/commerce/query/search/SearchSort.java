package io.ultramarket.commerce.query.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How hits are ordered; written in URLs as {@code relevance}, {@code price_asc}, {@code price_desc}, {@code newest},
 * {@code rating} (best average rating first, unrated products last, ADR 0068).
 */
public enum SearchSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, RATING;

    public static SearchSort parse(String text) {
        return Arrays.stream(values()).filter(sort -> sort.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort must be one of " + Arrays.stream(values())
                        .map(sort -> sort.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                        + ", was '" + text + "'"));
    }
}
