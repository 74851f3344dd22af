package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record that the carrier delivered a shipped order. */
public record MarkOrderDelivered(@TargetAggregateIdentifier UUID orderId) {
}
