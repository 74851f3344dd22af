package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/** Record that the provider declined the payment, and why. */
public record DeclinePayment(@TargetAggregateIdentifier UUID paymentId, String reason) {

    public DeclinePayment {
        new RequiredDetails(PAYMENT, "decline payment", paymentId).text(reason, "the provider's reason");
    }
}
