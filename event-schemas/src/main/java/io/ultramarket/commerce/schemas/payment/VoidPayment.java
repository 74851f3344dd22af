package io.ultramarket.commerce.schemas.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Release an authorization that will not be captured, saying why. */
public record VoidPayment(@TargetAggregateIdentifier UUID paymentId, String reason) {
}
