package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/** Release an authorization that will not be captured, saying why. */
public record VoidPayment(@TargetAggregateIdentifier UUID paymentId, String reason) {

    public VoidPayment {
        new RequiredDetails(PAYMENT, "void payment", paymentId).text(reason, "the reason for releasing the authorization");
    }
}
