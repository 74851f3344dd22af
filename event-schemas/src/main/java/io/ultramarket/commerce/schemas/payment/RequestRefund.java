package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/**
 * Ask the provider to give back (part of) the captured money; the refund is recorded when the provider
 * confirms it. {@code refundId} names the refund, so a repeated request is sent once.
 */
public record RequestRefund(@TargetAggregateIdentifier UUID paymentId, UUID refundId, Money amount, String reason) {

    public RequestRefund {
        requireRefundDetails(paymentId, refundId, amount, reason);
    }

    /** What a refund needs, asked of the provider or confirmed by it ({@link RefundPayment}). */
    static void requireRefundDetails(UUID paymentId, UUID refundId, Money amount, String reason) {
        new RequiredDetails(PAYMENT, "refund payment", paymentId)
                .present(refundId, "an id for the refund")
                .text(reason, "the reason for the refund")
                .present(amount, "an amount");
    }
}
