package io.ultramarket.commerce.schemas.promotion;

import java.util.UUID;

/** A promotion as the calculator weighs it: its id, its coupon code (null for one that needs none), whether it is active, its terms. */
public record OfferedPromotion(UUID promotionId, CouponCode couponCode, boolean active, PromotionTerms terms) {

    public OfferedPromotion {
        if (promotionId == null || terms == null) {
            throw new IllegalArgumentException("a promotion needs its id and terms");
        }
    }
}
