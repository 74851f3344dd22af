package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Orders can now use the promotion, within its validity window. */
@Revision("1")
public record PromotionActivated(UUID promotionId) implements PromotionEvent {
}
