package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** The command lacks something the payment's audit trail needs (provider reference, refund id, a reason). */
public class PaymentDetailsRequired extends DomainRuleViolation {

    public PaymentDetailsRequired(UUID paymentId, String action, String missing) {
        super("To " + action + " payment " + paymentId + ", give " + missing + ".");
    }
}
