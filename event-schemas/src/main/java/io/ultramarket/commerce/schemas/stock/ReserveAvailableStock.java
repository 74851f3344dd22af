package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Hold as many units as are available for an order, at most {@code upTo}: how a line is split across
 * warehouses. The handler answers the number of units held (0 when none are available, and the units
 * already held when the order has a reservation here).
 */
public record ReserveAvailableStock(@TargetAggregateIdentifier StockItemId stockItemId, UUID orderId, Quantity upTo) {
}
