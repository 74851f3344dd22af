package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record that the customer sent a delivered order back, saying why. */
public record ReturnOrder(@TargetAggregateIdentifier UUID orderId, String reason) {
}
