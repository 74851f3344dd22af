package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Units of a SKU were put into the cart. {@code quantity} is how many were added; {@code lineQuantity} is
 * the line's quantity afterwards; the line's unit price is now {@code unitPrice}, the shop's price at that
 * moment, taken from the price list {@code priceList} ({@code catalog}). Revision 1 had no
 * {@code priceList}: its prices were the client's, and it reads as {@code priceList = "client"}.
 */
@Revision("2")
public record ItemAddedToCart(UUID cartId, Sku sku, Quantity quantity, Quantity lineQuantity, Money unitPrice,
                              String priceList)
        implements CartEvent {

    /** What revision 1's prices were: whatever the client sent (ADR 0009). */
    public static final String CLIENT_PRICES = "client";
}
