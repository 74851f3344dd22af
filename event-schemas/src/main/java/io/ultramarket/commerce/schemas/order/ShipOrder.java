package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record that a confirmed order left the warehouse with a carrier. */
public record ShipOrder(@TargetAggregateIdentifier UUID orderId, String carrier, String trackingNumber) {
}
