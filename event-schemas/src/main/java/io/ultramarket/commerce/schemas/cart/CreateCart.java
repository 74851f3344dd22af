package io.ultramarket.commerce.schemas.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * Open a new, empty cart for a customer, or for a guest ({@code guest}: {@code customerId} is then the
 * guest id that the cart's token stands for).
 */
public record CreateCart(@TargetAggregateIdentifier UUID cartId, UUID customerId, boolean guest) {

    public CreateCart {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(customerId, "customerId");
    }

    /** A signed-in customer's cart. */
    public CreateCart(UUID cartId, UUID customerId) {
        this(cartId, customerId, false);
    }

    public static CreateCart forGuest(UUID cartId, UUID guestId) {
        return new CreateCart(cartId, guestId, true);
    }
}
