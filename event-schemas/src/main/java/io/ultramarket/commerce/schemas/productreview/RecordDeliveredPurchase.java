package io.ultramarket.commerce.schemas.productreview;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Tell the review of {@code customerId} for {@code productId} that an order of the product reached the
 * customer. Sent by the shop's own process on each delivered order; a second delivery changes nothing.
 */
public record RecordDeliveredPurchase(@TargetAggregateIdentifier UUID reviewId, UUID customerId, UUID productId,
                                      UUID orderId) {

    public RecordDeliveredPurchase {
        new RequiredDetails(RequiredDetails.PRODUCT_REVIEW, "record a delivered purchase", reviewId)
                .present(customerId, "a customer").present(productId, "a product").present(orderId, "an order");
    }

    public static RecordDeliveredPurchase of(UUID customerId, UUID productId, UUID orderId) {
        return new RecordDeliveredPurchase(ProductReviewKey.of(customerId, productId), customerId, productId, orderId);
    }
}
