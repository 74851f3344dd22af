package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A promotion was set up, inactive, with these terms and, when it has one, its coupon code. */
@Revision("1")
public record PromotionCreated(UUID promotionId, CouponCode couponCode, PromotionTerms terms) implements PromotionEvent {
}
