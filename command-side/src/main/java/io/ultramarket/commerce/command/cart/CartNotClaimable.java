package io.ultramarket.commerce.command.cart;

import io.ultramarket.commerce.command.IllegalStateTransition;

import java.util.UUID;

/** Only a guest's open cart can be claimed, by the customer who presents its token. */
public class CartNotClaimable extends IllegalStateTransition {

    public CartNotClaimable(UUID cartId, String why) {
        super("Cart " + cartId + " cannot be claimed: " + why + ".");
    }
}
