package io.ultramarket.commerce.query.productreview;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved review as shoppers see it: stars, title and body as the customer wrote them (plain text, for a
 * client to show as text), without who wrote it.
 */
public record PublishedReview(UUID reviewId, int rating, String title, String body, Instant submittedAt) {
}
