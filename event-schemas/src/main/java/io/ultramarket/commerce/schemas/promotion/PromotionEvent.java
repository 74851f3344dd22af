package io.ultramarket.commerce.schemas.promotion;

import java.util.UUID;

/** Everything that can happen to a promotion. */
public sealed interface PromotionEvent
        permits PromotionCreated, PromotionTermsChanged, PromotionActivated, PromotionDeactivated, PromotionRedeemed,
        PromotionRedemptionReleased {

    UUID promotionId();
}
