package io.ultramarket.commerce.schemas.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record that the provider declined the payment, and why. */
public record DeclinePayment(@TargetAggregateIdentifier UUID paymentId, String reason) {
}
