package io.ultramarket.commerce.schemas.order;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.ORDER;

/**
 * Ask a carrier to take a confirmed, paid order: {@code shippingOption} as chosen at checkout (such as
 * {@code parcelpost:standard}; any other value means the cheapest quote), {@code units} in the parcel.
 */
public record RequestShipment(@TargetAggregateIdentifier UUID orderId, String shippingOption, Address destination,
                              int units) {

    public RequestShipment {
        new RequiredDetails(ORDER, "ship order", orderId)
                .present(destination, "the destination")
                .text(shippingOption, "a shipping option");
    }
}
