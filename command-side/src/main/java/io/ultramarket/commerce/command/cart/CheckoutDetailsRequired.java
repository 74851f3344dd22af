package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** The checkout lacks something the order cannot do without (order id, address, shipping option, payment method). */
public class CheckoutDetailsRequired extends DomainRuleViolation {

    public CheckoutDetailsRequired(UUID cartId, String missing) {
        super("Checkout of cart " + cartId + " needs " + missing + ".");
    }
}
