package io.ultramarket.commerce.schemas.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * Open a new, empty cart in {@code currency} for a customer, or for a guest ({@code guest}: {@code customerId}
 * is then the guest id that the cart's token stands for). Every line of the cart is priced in that currency.
 */
public record CreateCart(@TargetAggregateIdentifier UUID cartId, UUID customerId, boolean guest, Currency currency) {

    public CreateCart {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
    }

    /** A signed-in customer's cart. */
    public CreateCart(UUID cartId, UUID customerId, Currency currency) {
        this(cartId, customerId, false, currency);
    }

    public static CreateCart forGuest(UUID cartId, UUID guestId, Currency currency) {
        return new CreateCart(cartId, guestId, true, currency);
    }
}
