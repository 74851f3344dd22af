package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.STOCK;

/**
 * Correct the units on hand after a count, damage or loss: {@code delta} is positive or negative, never
 * zero (an adjustment by zero corrects nothing and would only clutter the audit trail), and may not take on
 * hand below what is reserved.
 */
public record AdjustStock(@TargetAggregateIdentifier StockItemId stockItemId, int delta, String reason) {

    public AdjustStock {
        if (delta == 0) {
            throw new InvalidCommand("zero-stock-adjustment", "Adjustment of stock item " + stockItemId
                    + " must change the units on hand: give a positive or negative delta, not zero.");
        }
        new RequiredDetails(STOCK, "adjust stock item", stockItemId)
                .text(reason, "the reason for the adjustment (count, damage, loss)");
    }
}
