package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.common.Money;

import java.util.UUID;

/** More money was asked for than the previous step allows: never authorize, capture or refund beyond it. */
public class PaymentAmountExceeded extends DomainRuleViolation {

    private PaymentAmountExceeded(String message) {
        super(message);
    }

    public static PaymentAmountExceeded authorizing(UUID paymentId, Money amount, Money requested) {
        return new PaymentAmountExceeded("Cannot authorize " + amount + " on payment " + paymentId + ": only "
                + requested + " was requested.");
    }

    public static PaymentAmountExceeded capturing(UUID paymentId, Money amount, Money authorized) {
        return new PaymentAmountExceeded("Cannot capture " + amount + " on payment " + paymentId + ": only "
                + authorized + " was authorized.");
    }

    public static PaymentAmountExceeded refunding(UUID paymentId, Money amount, Money refundable) {
        return new PaymentAmountExceeded("Cannot refund " + amount + " on payment " + paymentId + ": only "
                + refundable + " of the captured amount is left to refund.");
    }
}
