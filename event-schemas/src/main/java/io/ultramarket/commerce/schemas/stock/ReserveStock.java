package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Hold units for an order. One reservation per order: asking again for the same order changes nothing. */
public record ReserveStock(@TargetAggregateIdentifier StockItemId stockItemId, UUID orderId, Quantity quantity) {
}
