package io.ultramarket.commerce.schemas.productreview;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Staff approve a pending review: it is shown on the product and counts in its rating. */
public record ApproveProductReview(@TargetAggregateIdentifier UUID reviewId) {

    public ApproveProductReview {
        new RequiredDetails(RequiredDetails.PRODUCT_REVIEW, "approve a review", "").present(reviewId, "the review's id");
    }
}
