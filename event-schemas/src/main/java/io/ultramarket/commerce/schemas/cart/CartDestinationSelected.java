package io.ultramarket.commerce.schemas.cart;

import io.ultramarket.commerce.schemas.totals.Destination;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The shopper said where the cart ships to: its rates, taxes and checkout are priced for this destination. */
@Revision("1")
public record CartDestinationSelected(UUID cartId, Destination destination) implements CartEvent {
}
