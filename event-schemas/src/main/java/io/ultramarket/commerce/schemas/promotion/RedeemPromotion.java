package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PROMOTION;

/**
 * Count one use of the promotion by an order of a customer: refused when the promotion is inactive or out of
 * its window, or when its uses in total or by this customer are used up. The same order again changes nothing.
 */
public record RedeemPromotion(@TargetAggregateIdentifier UUID promotionId, UUID orderId, UUID customerId) {

    public RedeemPromotion {
        new RequiredDetails(PROMOTION, "redeem promotion", promotionId)
                .present(orderId, "the order that uses it")
                .present(customerId, "the customer whose order it is");
    }
}
