package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Stop orders from using the promotion; uses already counted stay. Deactivating an inactive one changes nothing. */
public record DeactivatePromotion(@TargetAggregateIdentifier UUID promotionId) {
}
