package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Currency;
import java.util.UUID;

/** A price in another currency than the cart's: a cart is paid in a single currency. */
public class CartCurrencyMismatch extends DomainRuleViolation {

    public CartCurrencyMismatch(UUID cartId, Sku sku, Currency offered, Currency cartCurrency) {
        super("Cannot add " + sku + " priced in " + offered.getCurrencyCode() + " to cart " + cartId
                + ", which is priced in " + cartCurrency.getCurrencyCode() + "; all items of a cart share one currency.");
    }
}
