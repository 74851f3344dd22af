package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer set a new quantity for a line of the cart. */
@Revision("1")
public record CartItemQuantityChanged(UUID cartId, Sku sku, Quantity quantity) implements CartEvent {
}
