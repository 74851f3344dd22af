package io.ultramarket.commerce.schemas.order;

/** Where an order stands in its life: placed, confirmed, shipped, delivered, or cancelled / returned. */
public enum OrderStatus {
    PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, RETURNED
}
