package io.ultramarket.commerce.schemas.productreview;

import java.util.UUID;

/** Everything that can happen to one customer's review of one product. */
public sealed interface ProductReviewEvent
        permits DeliveredPurchaseRecorded, ProductReviewSubmitted, ProductReviewApproved, ProductReviewRejected {

    UUID reviewId();

    UUID productId();
}
