package io.ultramarket.commerce.schemas.productreview;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The customer rates the product, 1 to 5 stars, with a title and an optional body. Plain text: it is stored as
 * written and shown as text, never as markup. Bounded so a review stays a review.
 */
public record SubmitProductReview(@TargetAggregateIdentifier UUID reviewId, UUID customerId, UUID productId,
                                  int rating, String title, String body) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 4000;

    public SubmitProductReview {
        new RequiredDetails(RequiredDetails.PRODUCT_REVIEW, "review product", productId)
                .present(reviewId, "the review's id").present(customerId, "the customer")
                .holds(rating >= MIN_RATING && rating <= MAX_RATING,
                        "a rating from " + MIN_RATING + " to " + MAX_RATING + " (was " + rating + ")")
                .text(title, "a title")
                .holds(title.length() <= MAX_TITLE, "a title of at most " + MAX_TITLE + " characters")
                .holds(body == null || body.length() <= MAX_BODY, "a body of at most " + MAX_BODY + " characters")
                .holds(reviewId.equals(ProductReviewKey.of(customerId, productId)),
                        "the review id of this customer and product");
        title = title.strip();
        body = body == null || body.isBlank() ? null : body.strip();
    }

    public static SubmitProductReview of(UUID customerId, UUID productId, int rating, String title, String body) {
        return new SubmitProductReview(ProductReviewKey.of(customerId, productId), customerId, productId, rating, title, body);
    }
}
