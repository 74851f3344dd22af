package io.ultramarket.commerce.schemas.order;

/**
 * Where an order stands in its life: placed, waiting for a fraud review, confirmed, shipped, delivered, or
 * ended as cancelled, rejected (out of stock or refused on review) or returned.
 */
public enum OrderStatus {
    PLACED, IN_REVIEW, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, REJECTED, RETURNED
}
