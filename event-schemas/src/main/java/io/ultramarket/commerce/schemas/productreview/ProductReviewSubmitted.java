package io.ultramarket.commerce.schemas.productreview;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The customer rated the product ({@code rating} stars, 1 to 5) with a title and an optional body, plain text.
 * It waits for staff's moderation before anyone else sees it.
 */
@Revision("1")
public record ProductReviewSubmitted(UUID reviewId, UUID customerId, UUID productId, int rating, String title,
                                     String body) implements ProductReviewEvent {
}
