package io.ultramarket.commerce.schemas.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Let orders use the promotion (within its validity window). Activating an active promotion changes nothing. */
public record ActivatePromotion(@TargetAggregateIdentifier UUID promotionId) {
}
