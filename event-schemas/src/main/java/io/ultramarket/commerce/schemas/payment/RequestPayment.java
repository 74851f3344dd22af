package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Ask for an order's amount to be paid with the given method. */
public record RequestPayment(@TargetAggregateIdentifier UUID paymentId, UUID orderId, Money amount,
                             PaymentMethod method) {
}
