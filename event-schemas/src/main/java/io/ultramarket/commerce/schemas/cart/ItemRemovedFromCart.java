package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A line was taken out of the cart. */
@Revision("1")
public record ItemRemovedFromCart(UUID cartId, Sku sku) implements CartEvent {
}
