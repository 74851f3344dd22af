package io.ultramarket.commerce.schemas.productreview;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Staff rejected the review for {@code reason}: it is never shown and never counts. */
@Revision("1")
public record ProductReviewRejected(UUID reviewId, UUID productId, String reason) implements ProductReviewEvent {
}
