package io.ultramarket.commerce.schemas.order;

import java.util.UUID;

/** Everything that can happen to an order. */
public sealed interface OrderEvent
        permits OrderPlaced, OrderReviewRequested, OrderReviewApproved, OrderRejected, OrderConfirmed,
        OrderShipmentRequested, OrderShipped, OrderDelivered, OrderCancelled, OrderReturned {

    UUID orderId();
}
