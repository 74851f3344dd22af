package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A reviewer approves (payment goes ahead) or rejects an order held for review. */
public record ReviewOrder(@TargetAggregateIdentifier UUID orderId, ReviewDecision decision) {
}
