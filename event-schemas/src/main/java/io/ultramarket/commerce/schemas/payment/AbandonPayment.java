package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/**
 * Give up a payment the provider has not answered, saying why. Only a payment still REQUESTED is voided;
 * one the provider authorized or declined meanwhile is left as it is, since its answer came in time.
 */
public record AbandonPayment(@TargetAggregateIdentifier UUID paymentId, String reason) {

    public AbandonPayment {
        new RequiredDetails(PAYMENT, "abandon payment", paymentId).text(reason, "the reason for giving it up");
    }
}
