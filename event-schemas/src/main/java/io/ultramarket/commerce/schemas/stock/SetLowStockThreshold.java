package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Alert staff when the available units (on hand minus reserved) of this stock item fall to {@code threshold}
 * or below; 0 alerts when it sells out. It replaces the shop's default threshold for this item.
 */
public record SetLowStockThreshold(@TargetAggregateIdentifier StockItemId stockItemId, int threshold) {

    /** As high as one order line may go: a larger threshold is a typo, not a plan. */
    public static final int MAX_THRESHOLD = Quantity.MAX;

    public SetLowStockThreshold {
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            throw new InvalidCommand("low-stock-threshold-out-of-range", "The low-stock threshold of stock item "
                    + stockItemId + " must be between 0 and " + MAX_THRESHOLD + " units, was " + threshold + ".");
        }
    }
}
