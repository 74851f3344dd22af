package io.ultramarket.commerce.schemas.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start keeping stock of a SKU in a warehouse, with the units counted on hand (zero or more). */
public record RegisterStockItem(@TargetAggregateIdentifier StockItemId stockItemId, int onHand) {
}
