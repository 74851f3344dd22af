package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/** Record that a confirmed order left the warehouse with a carrier. */
public record ShipOrder(@TargetAggregateIdentifier UUID orderId, String carrier, String trackingNumber) {

    public ShipOrder {
        new RequiredDetails(ORDER, "ship order", orderId)
                .text(carrier, "the carrier")
                .text(trackingNumber, "the carrier's tracking number");
    }
}
