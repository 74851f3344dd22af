package io.ultramarket.commerce.schemas.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Confirm a placed order once its stock is reserved and its payment authorized. */
public record ConfirmOrder(@TargetAggregateIdentifier UUID orderId) {
}
