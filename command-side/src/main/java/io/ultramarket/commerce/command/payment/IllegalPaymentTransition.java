package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.IllegalStateTransition;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;

import java.util.UUID;

/** The payment's current status does not lead to the requested one. */
public class IllegalPaymentTransition extends IllegalStateTransition {

    private final PaymentStatus from;
    private final PaymentStatus to;

    public IllegalPaymentTransition(UUID paymentId, PaymentStatus from, PaymentStatus to, String explanation) {
        super("Payment " + paymentId + " cannot go from " + from + " to " + to + ": " + explanation);
        this.from = from;
        this.to = to;
    }

    /** The payment's status when the step was refused. */
    public PaymentStatus from() {
        return from;
    }

    public PaymentStatus to() {
        return to;
    }
}
