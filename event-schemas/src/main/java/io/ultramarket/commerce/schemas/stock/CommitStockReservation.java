package io.ultramarket.commerce.schemas.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The order's held units left the warehouse: they leave the stock on hand. */
public record CommitStockReservation(@TargetAggregateIdentifier StockItemId stockItemId, UUID orderId) {
}
