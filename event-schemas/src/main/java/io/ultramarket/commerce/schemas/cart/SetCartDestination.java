package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import io.ultramarket.commerce.schemas.totals.Destination;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.CHECKOUT;

/** Say where the cart will ship to, so that its shipping rates and taxes can be shown before checkout. */
public record SetCartDestination(@TargetAggregateIdentifier UUID cartId, Destination destination) {

    public SetCartDestination {
        new RequiredDetails(CHECKOUT, "set the destination of cart", cartId).present(destination, "a destination");
    }
}
