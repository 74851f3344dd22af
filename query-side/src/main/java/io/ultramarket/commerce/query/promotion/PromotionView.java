package io.ultramarket.commerce.query.promotion;

import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.OfferedPromotion;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;

import java.time.Instant;
import java.util.UUID;

/**
 * A promotion as {@code GET /promotions/{id}} shows it: its terms, whether it is active, the uses taken and
 * those left ({@code null} when unlimited), as of the read model's last event.
 */
public record PromotionView(UUID promotionId, CouponCode couponCode, PromotionTerms terms, boolean active, int uses,
                            Integer usesLeft, long version, Instant createdAt, Instant updatedAt) {

    public boolean usedUp() {
        return usesLeft != null && usesLeft == 0;
    }

    /** The promotion as the calculator weighs it. */
    public OfferedPromotion offered() {
        return new OfferedPromotion(promotionId, couponCode, active, terms);
    }
}
