package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Give back (part of) a captured amount. {@code refundId} names this refund, so a repeated request for
 * the same refund is not paid out twice.
 */
public record RefundPayment(@TargetAggregateIdentifier UUID paymentId, UUID refundId, Money amount,
                            String reason) {

    public RefundPayment {
        RequestRefund.requireRefundDetails(paymentId, refundId, amount, reason);
    }
}
