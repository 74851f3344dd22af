package io.ultramarket.commerce.schemas.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Ask the provider to take the authorized amount; the capture is recorded when the provider confirms it. */
public record RequestPaymentCapture(@TargetAggregateIdentifier UUID paymentId) {
}
