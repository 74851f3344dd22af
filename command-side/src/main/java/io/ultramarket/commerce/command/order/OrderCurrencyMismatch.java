package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.Currency;
import java.util.UUID;

/** An order is paid in one currency, so all its lines must be priced in it. */
public class OrderCurrencyMismatch extends DomainRuleViolation {

    public OrderCurrencyMismatch(UUID orderId, Currency first, Currency other) {
        super("Order " + orderId + " mixes prices in " + first.getCurrencyCode() + " and " + other.getCurrencyCode()
                + "; all lines of an order must be priced in one currency.");
    }
}
