package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Set the quantity of a line already in the cart. */
public record ChangeCartItemQuantity(@TargetAggregateIdentifier UUID cartId, Sku sku, Quantity quantity) {
}
