package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Units of a SKU were put into the cart. {@code quantity} is how many were added; {@code lineQuantity} is
 * the line's quantity afterwards; the line's unit price is now {@code unitPrice}.
 */
@Revision("1")
public record ItemAddedToCart(UUID cartId, Sku sku, Quantity quantity, Quantity lineQuantity, Money unitPrice)
        implements CartEvent {
}
