package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.InvalidCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start keeping stock of a SKU in a warehouse, with the units counted on hand (zero or more, never negative). */
public record RegisterStockItem(@TargetAggregateIdentifier StockItemId stockItemId, int onHand) {

    public RegisterStockItem {
        if (onHand < 0) {
            throw new InvalidCommand("negative-initial-stock", "Stock item " + stockItemId + " cannot be registered with "
                    + onHand + " units on hand; register the counted units (zero or more).");
        }
    }
}
