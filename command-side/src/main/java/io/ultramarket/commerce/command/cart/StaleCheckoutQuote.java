package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.Optional;
import java.util.UUID;

/**
 * At checkout, what the shipping quote or the tax rates were resolved for is no longer the cart: its destination
 * or its units changed meanwhile, or the address is in another country than the destination the cart was priced
 * for. Nothing is charged that the customer has not been shown; the request names the field to change.
 */
public class StaleCheckoutQuote extends DomainRuleViolation {

    private final String field;

    public StaleCheckoutQuote(UUID cartId, String field, String reason) {
        super("Cart " + cartId + " cannot be checked out as asked: " + reason);
        this.field = field;
    }

    @Override
    public Optional<String> field() {
        return Optional.of(field);
    }
}
