package io.ultramarket.commerce.schemas.productreview;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Staff reject a pending review, saying why: the reason is kept with the review for the customer and auditors. */
public record RejectProductReview(@TargetAggregateIdentifier UUID reviewId, String reason) {

    public static final int MAX_REASON = 500;

    public RejectProductReview {
        new RequiredDetails(RequiredDetails.PRODUCT_REVIEW, "reject review", reviewId)
                .text(reason, "a reason")
                .holds(reason.length() <= MAX_REASON, "a reason of at most " + MAX_REASON + " characters");
        reason = reason.strip();
    }
}
