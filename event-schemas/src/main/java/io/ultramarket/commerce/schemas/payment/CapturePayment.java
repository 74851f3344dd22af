package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PAYMENT;

/** Take (part of) the authorized amount. A payment is captured once. */
public record CapturePayment(@TargetAggregateIdentifier UUID paymentId, Money amount) {

    public CapturePayment {
        new RequiredDetails(PAYMENT, "capture payment", paymentId).present(amount, "an amount");
    }
}
