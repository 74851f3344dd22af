package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.IllegalStateTransition;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;

import java.util.UUID;

/** The payment's current status does not lead to the requested one. */
public class IllegalPaymentTransition extends IllegalStateTransition {

    public IllegalPaymentTransition(UUID paymentId, PaymentStatus from, PaymentStatus to, String explanation) {
        super("Payment " + paymentId + " cannot go from " + from + " to " + to + ": " + explanation);
    }
}
