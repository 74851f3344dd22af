package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Take a line out of the cart. */
public record RemoveItemFromCart(@TargetAggregateIdentifier UUID cartId, Sku sku) {
}
