package io.ultramarket.commerce.schemas.promotion;

import java.util.UUID;

/** A promotion that was weighed and does not apply, and why, so that a cart can say so. */
public record DeclinedPromotion(UUID promotionId, CouponCode couponCode, Reason reason) {

    public enum Reason {
        /** Switched off by the shop. */
        INACTIVE,
        /** Its validity window has not opened yet. */
        NOT_YET_VALID,
        /** Its validity window has closed. */
        EXPIRED,
        /** Its amounts are in another currency than the order. */
        OTHER_CURRENCY,
        /** The order's subtotal is below the promotion's minimum. */
        MINIMUM_NOT_REACHED,
        /** Nothing the promotion selects is left to take off (no matching lines, not enough units, no shipping fee). */
        NOTHING_TO_DISCOUNT,
        /** All its uses are taken (known from the read model: the redemption decides for sure). */
        USED_UP,
        /** No promotion has this coupon code. */
        UNKNOWN_CODE
    }
}
