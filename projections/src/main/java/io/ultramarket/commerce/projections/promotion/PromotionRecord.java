package io.ultramarket.commerce.projections.promotion;

import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.PromotionActivated;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionDeactivated;
import io.ultramarket.commerce.schemas.promotion.PromotionEvent;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionRedemptionReleased;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;

import java.util.UUID;

/**
 * A promotion as the read side keeps it, folded from its events: the {@link PromotionViewSchema#PROMOTION}
 * document. {@code uses} counts the orders holding a use (redeemed and not released).
 */
public record PromotionRecord(UUID promotionId, CouponCode couponCode, PromotionTerms terms, boolean active, int uses) {

    static PromotionRecord of(PromotionCreated event) {
        return new PromotionRecord(event.promotionId(), event.couponCode(), event.terms(), false, 0);
    }

    /** The promotion after {@code event}; creation is {@link #of}. */
    PromotionRecord with(PromotionEvent event) {
        if (event instanceof PromotionTermsChanged changed) {
            return new PromotionRecord(promotionId, couponCode, changed.terms(), active, uses);
        }
        if (event instanceof PromotionActivated) {
            return new PromotionRecord(promotionId, couponCode, terms, true, uses);
        }
        if (event instanceof PromotionDeactivated) {
            return new PromotionRecord(promotionId, couponCode, terms, false, uses);
        }
        if (event instanceof PromotionRedeemed) {
            return new PromotionRecord(promotionId, couponCode, terms, active, uses + 1);
        }
        if (event instanceof PromotionRedemptionReleased) {
            return new PromotionRecord(promotionId, couponCode, terms, active, uses - 1);
        }
        throw new IllegalArgumentException("a promotion is created by PromotionCreated, not changed by it: " + event);
    }
}
