package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Ask the provider to give back (part of) the captured money; the refund is recorded when the provider
 * confirms it. {@code refundId} names the refund, so a repeated request is sent once.
 */
public record RequestRefund(@TargetAggregateIdentifier UUID paymentId, UUID refundId, Money amount, String reason) {
}
