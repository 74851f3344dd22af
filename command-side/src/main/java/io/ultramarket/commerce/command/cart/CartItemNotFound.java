package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** The command names a SKU that has no line in the cart. */
public class CartItemNotFound extends DomainRuleViolation {

    public CartItemNotFound(UUID cartId, Sku sku) {
        super("Cart " + cartId + " contains no " + sku + "; add the item before changing or removing it.");
    }
}
