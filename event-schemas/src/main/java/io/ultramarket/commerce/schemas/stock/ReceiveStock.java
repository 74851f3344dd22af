package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Book units that arrived at the warehouse, under the supplier's receipt reference. */
public record ReceiveStock(@TargetAggregateIdentifier StockItemId stockItemId, Quantity quantity,
                           String receiptReference) {
}
