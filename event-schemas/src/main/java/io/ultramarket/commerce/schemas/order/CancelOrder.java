package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/** Cancel an order that has not been shipped yet, saying why. */
public record CancelOrder(@TargetAggregateIdentifier UUID orderId, String reason) {

    public CancelOrder {
        new RequiredDetails(ORDER, "cancel order", orderId).text(reason, "the reason for the cancellation");
    }
}
