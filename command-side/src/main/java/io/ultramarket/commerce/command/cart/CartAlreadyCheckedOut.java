package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.IllegalStateTransition;

import java.util.UUID;

/** The cart became an order; it accepts no further change. */
public class CartAlreadyCheckedOut extends IllegalStateTransition {

    public CartAlreadyCheckedOut(UUID cartId, UUID orderId) {
        super("Cart " + cartId + " was already checked out as order " + orderId
                + " and can no longer be changed; start a new cart for further purchases.");
    }
}
