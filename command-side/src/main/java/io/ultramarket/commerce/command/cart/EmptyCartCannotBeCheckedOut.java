package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** An order needs at least one line, so an empty cart cannot become one. */
public class EmptyCartCannotBeCheckedOut extends DomainRuleViolation {

    public EmptyCartCannotBeCheckedOut(UUID cartId) {
        super("Cart " + cartId + " is empty; add at least one item before checking out.");
    }
}
