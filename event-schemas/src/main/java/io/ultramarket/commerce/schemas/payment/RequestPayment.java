package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/** Ask for an order's amount to be paid with the given method. */
public record RequestPayment(@TargetAggregateIdentifier UUID paymentId, UUID orderId, Money amount,
                             PaymentMethod method) {

    public RequestPayment {
        new RequiredDetails(PAYMENT, "request payment", paymentId)
                .present(orderId, "the order it pays for")
                .present(method, "a payment method")
                .present(amount, "an amount");
    }
}
