package io.ultramarket.commerce.query.cart;

import io.ultramarket.commerce.query.columns.LineItem;
import io.ultramarket.commerce.schemas.common.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A cart as the read model holds it. {@code total} is absent while the cart is empty (no currency yet);
 * {@code itemCount} counts units over all lines; {@code orderId} is set once the cart is checked out.
 */
public record CartView(UUID cartId, UUID customerId, CartStatus status, UUID orderId, List<LineItem> lines,
                       Money total, int itemCount, long version, Instant createdAt, Instant updatedAt) {
}
