package io.ultramarket.commerce.schemas.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Open a new, empty cart for a customer. */
public record CreateCart(@TargetAggregateIdentifier UUID cartId, UUID customerId) {
}
