package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Orders can no longer use the promotion. */
@Revision("1")
public record PromotionDeactivated(UUID promotionId) implements PromotionEvent {
}
