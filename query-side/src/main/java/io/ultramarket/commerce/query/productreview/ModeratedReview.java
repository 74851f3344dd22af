package io.ultramarket.commerce.query.productreview;

import java.time.Instant;
import java.util.UUID;

/** A review as staff moderate it; {@code rejectionReason} only when rejected, {@code moderatedAt} once moderated. */
public record ModeratedReview(UUID reviewId, UUID productId, UUID customerId, int rating, String title, String body,
                              ReviewStatus status, String rejectionReason, Instant submittedAt, Instant moderatedAt) {
}
