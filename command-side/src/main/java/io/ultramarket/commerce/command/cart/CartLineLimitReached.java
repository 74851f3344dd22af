package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** A new SKU would give the cart more lines than allowed. */
public class CartLineLimitReached extends DomainRuleViolation {

    public CartLineLimitReached(UUID cartId, Sku sku, int maxLinesPerCart) {
        super("Cannot add " + sku + " to cart " + cartId + ": a cart holds at most " + maxLinesPerCart
                + " different items; remove an item first or check out this cart.");
    }
}
