package io.ultramarket.commerce.command.productreview;

import io.ultramarket.commerce.command.IllegalStateTransition;

import java.util.UUID;

/** Only a review waiting for moderation can be approved or rejected, and only once. */
public class ProductReviewNotPending extends IllegalStateTransition {

    public ProductReviewNotPending(UUID reviewId, String state, String outcome) {
        super("Product review " + reviewId + " is " + state + ", so it cannot be " + outcome + "; only a pending review can.");
    }
}
