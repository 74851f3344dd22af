package io.ultramarket.commerce.schemas.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in customer takes over the guest cart whose token they present: {@code guestId} is the guest id
 * that token stands for, which must be the cart's owner.
 */
public record ClaimCart(@TargetAggregateIdentifier UUID cartId, UUID customerId, UUID guestId) {

    public ClaimCart {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(guestId, "guestId");
    }
}
