package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Take (part of) the authorized amount. A payment is captured once. */
public record CapturePayment(@TargetAggregateIdentifier UUID paymentId, Money amount) {
}
