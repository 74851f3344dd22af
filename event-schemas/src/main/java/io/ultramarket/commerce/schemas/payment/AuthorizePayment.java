package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record the provider's authorization of (at most) the requested amount. */
public record AuthorizePayment(@TargetAggregateIdentifier UUID paymentId, String providerReference,
                               Money amount) {
}
