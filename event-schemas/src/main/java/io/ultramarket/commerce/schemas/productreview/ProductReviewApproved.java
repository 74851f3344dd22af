package io.ultramarket.commerce.schemas.productreview;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Staff approved the review: it is shown on the product, and its {@code rating} counts in the product's average. */
@Revision("1")
public record ProductReviewApproved(UUID reviewId, UUID productId, int rating) implements ProductReviewEvent {
}
