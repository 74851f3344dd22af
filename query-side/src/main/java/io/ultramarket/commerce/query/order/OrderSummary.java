package io.ultramarket.commerce.query.order;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.order.OrderStatus;

import java.time.Instant;
import java.util.UUID;

/** An order as a line of a customer's history; {@code GET /orders/{orderId}} has the rest. */
public record OrderSummary(UUID orderId, UUID cartId, OrderStatus status, Money total, Instant placedAt,
                           Instant updatedAt) {
}
