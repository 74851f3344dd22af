package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Cancel an order that has not been shipped yet, saying why. */
public record CancelOrder(@TargetAggregateIdentifier UUID orderId, String reason) {
}
