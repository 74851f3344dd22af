package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An order of a customer used the promotion: one of its uses is taken. */
@Revision("1")
public record PromotionRedeemed(UUID promotionId, UUID orderId, UUID customerId) implements PromotionEvent {
}
