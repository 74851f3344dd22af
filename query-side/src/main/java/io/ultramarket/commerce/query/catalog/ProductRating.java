package io.ultramarket.commerce.query.catalog;

/**
 * A product's rating: the average of its {@code reviewCount} approved reviews' stars (1 to 5), null while it
 * has none (ADR 0068).
 */
public record ProductRating(Double average, int reviewCount) {

    /** From the read model's count and sum, either null when no review of the product was approved. */
    static ProductRating of(Integer reviewCount, Long ratingSum) {
        if (reviewCount == null || reviewCount == 0 || ratingSum == null) {
            return new ProductRating(null, 0);
        }
        return new ProductRating((double) ratingSum / reviewCount, reviewCount);
    }
}
