package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.Currency;
import java.util.UUID;

/** A payment moves money in the currency it was requested in, and no other. */
public class PaymentCurrencyMismatch extends DomainRuleViolation {

    public PaymentCurrencyMismatch(UUID paymentId, Currency given, Currency paymentCurrency) {
        super("Payment " + paymentId + " is in " + paymentCurrency.getCurrencyCode() + ", not "
                + given.getCurrencyCode() + "; give the amount in " + paymentCurrency.getCurrencyCode() + ".");
    }
}
