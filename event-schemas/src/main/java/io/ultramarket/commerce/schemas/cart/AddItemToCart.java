package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Put units of a SKU into the cart at the shop's price: {@code price} is resolved by the sender from the
 * shop's prices (never taken from the shopper) and must quote this SKU. Adding a SKU already there adds to
 * its line.
 */
public record AddItemToCart(@TargetAggregateIdentifier UUID cartId, Sku sku, Quantity quantity, PriceQuote price) {

    public AddItemToCart {
        if (sku == null || quantity == null || price == null) {
            throw new IllegalArgumentException("a SKU, a quantity and the shop's price are required");
        }
        if (!price.sku().equals(sku)) {
            throw new IllegalArgumentException("the price quotes " + price.sku() + ", not " + sku);
        }
    }
}
