package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PROMOTION;

/**
 * Set up a promotion, inactive until {@link ActivatePromotion}. With a coupon code, the promotion's id is the
 * code's ({@link CouponCode#promotionId()}), so that no two promotions share a code; without one it applies to
 * every order that meets its terms.
 */
public record CreatePromotion(@TargetAggregateIdentifier UUID promotionId, CouponCode couponCode, PromotionTerms terms) {

    public CreatePromotion {
        new RequiredDetails(PROMOTION, "create promotion", promotionId)
                .present(promotionId, "its id")
                .present(terms, "its terms")
                .holds(couponCode == null || couponCode.promotionId().equals(promotionId),
                        "the id of its coupon code (" + (couponCode == null ? "" : couponCode.promotionId()) + ")");
    }
}
