package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Put units of a SKU into the cart at a unit price; adding a SKU already there adds to its line. */
public record AddItemToCart(@TargetAggregateIdentifier UUID cartId, Sku sku, Quantity quantity, Money unitPrice) {
}
