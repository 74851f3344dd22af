package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An order's use of the promotion was given back (the order was cancelled): the use is free again. */
@Revision("1")
public record PromotionRedemptionReleased(UUID promotionId, UUID orderId, UUID customerId) implements PromotionEvent {
}
