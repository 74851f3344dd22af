package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** Moving no money is not a payment step; providers reject it too. */
public class ZeroPaymentAmount extends DomainRuleViolation {

    public ZeroPaymentAmount(UUID paymentId, String action) {
        super("Cannot " + action + " zero on payment " + paymentId + "; give an amount greater than zero.");
    }
}
