package io.ultramarket.commerce.schemas.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop this stock item's own low-stock threshold: the shop's default (if one is configured) applies again. */
public record ClearLowStockThreshold(@TargetAggregateIdentifier StockItemId stockItemId) {
}
