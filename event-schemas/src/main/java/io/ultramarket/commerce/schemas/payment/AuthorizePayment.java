package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/** Record the provider's authorization of (at most) the requested amount. */
public record AuthorizePayment(@TargetAggregateIdentifier UUID paymentId, String providerReference,
                               Money amount) {

    public AuthorizePayment {
        new RequiredDetails(PAYMENT, "authorize payment", paymentId)
                .text(providerReference, "the provider's authorization reference")
                .present(amount, "an amount");
    }
}
