package io.ultramarket.commerce.schemas.cart;

import java.util.UUID;

/** Everything that can happen to a cart. */
public sealed interface CartEvent
        permits CartCreated, CartClaimed, ItemAddedToCart, CartItemQuantityChanged, ItemRemovedFromCart, CartDestinationSelected,
        CartCheckedOut {

    UUID cartId();
}
