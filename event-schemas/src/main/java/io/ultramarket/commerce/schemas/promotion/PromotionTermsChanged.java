package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A promotion's terms were replaced by these; uses already counted stay. */
@Revision("1")
public record PromotionTermsChanged(UUID promotionId, PromotionTerms terms) implements PromotionEvent {
}
