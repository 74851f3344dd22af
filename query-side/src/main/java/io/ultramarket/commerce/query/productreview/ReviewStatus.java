package io.ultramarket.commerce.query.productreview;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a review is in its moderation; written in URLs as {@code PENDING}, {@code APPROVED} or {@code REJECTED}. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED;

    public static ReviewStatus parse(String text) {
        return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of " + Arrays.stream(values())
                        .map(ReviewStatus::name).collect(Collectors.joining(", ")) + ", was '" + text.toUpperCase(Locale.ROOT) + "'"));
    }
}
