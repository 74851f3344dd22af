package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PROMOTION;

/** Give an order's use back (the order was cancelled or rejected). An order that holds no use changes nothing. */
public record ReleasePromotionRedemption(@TargetAggregateIdentifier UUID promotionId, UUID orderId) {

    public ReleasePromotionRedemption {
        new RequiredDetails(PROMOTION, "release a use of promotion", promotionId)
                .present(orderId, "the order whose use is given back");
    }
}
