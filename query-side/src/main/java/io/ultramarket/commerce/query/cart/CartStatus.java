package io.ultramarket.commerce.query.cart;

/** An open cart still changes; a checked-out cart became an order and stays as it was. */
public enum CartStatus {
    OPEN, CHECKED_OUT
}
