package io.ultramarket.commerce.schemas.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Give up a payment the provider has not answered, saying why. Only a payment still REQUESTED is voided;
 * one the provider authorized or declined meanwhile is left as it is, since its answer came in time.
 */
public record AbandonPayment(@TargetAggregateIdentifier UUID paymentId, String reason) {
}
