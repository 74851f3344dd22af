package io.ultramarket.commerce.schemas.order;

import java.util.UUID;

/** Everything that can happen to an order. */
public sealed interface OrderEvent
        permits OrderPlaced, OrderConfirmed, OrderShipped, OrderDelivered, OrderCancelled, OrderReturned {

    UUID orderId();
}
