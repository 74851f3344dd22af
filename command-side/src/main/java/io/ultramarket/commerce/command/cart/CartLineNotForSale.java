package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.UUID;

/** At checkout, the shop has no price for a line any more (unpublished or gone): it cannot be ordered. */
public class CartLineNotForSale extends DomainRuleViolation {

    public CartLineNotForSale(UUID cartId, Sku sku) {
        super("Cart " + cartId + " holds " + sku + ", which is no longer for sale; remove it to check out.");
    }
}
