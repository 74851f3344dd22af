package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Refuse a placed order the shop cannot take (a line cannot be reserved), saying why. */
public record RejectOrder(@TargetAggregateIdentifier UUID orderId, String reason) {
}
