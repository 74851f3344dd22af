package io.ultramarket.commerce.command.order;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** The command lacks something the order cannot do without (address, shipping option, carrier, a reason). */
public class OrderDetailsRequired extends DomainRuleViolation {

    public OrderDetailsRequired(UUID orderId, String action, String missing) {
        super("To " + action + " order " + orderId + ", give " + missing + ".");
    }
}
