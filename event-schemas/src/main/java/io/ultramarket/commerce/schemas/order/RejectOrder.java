package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/** Refuse a placed order the shop cannot take (a line cannot be reserved), saying why. */
public record RejectOrder(@TargetAggregateIdentifier UUID orderId, String reason) {

    public RejectOrder {
        new RequiredDetails(ORDER, "reject order", orderId).text(reason, "the reason for the rejection");
    }
}
