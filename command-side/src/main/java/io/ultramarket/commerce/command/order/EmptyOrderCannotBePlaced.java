package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** An order without lines would have nothing to reserve, charge or ship. */
public class EmptyOrderCannotBePlaced extends DomainRuleViolation {

    public EmptyOrderCannotBePlaced(UUID orderId) {
        super("Order " + orderId + " has no lines; an order needs at least one item.");
    }
}
