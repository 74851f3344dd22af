package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

/** Units held for orders must stay on hand, so an adjustment may not take on hand below what is reserved. */
public class StockAdjustmentBelowReserved extends DomainRuleViolation {

    public StockAdjustmentBelowReserved(StockItemId stockItemId, int delta, int onHand, int reserved) {
        super("Adjusting stock item " + stockItemId + " by " + delta + " would leave " + (onHand + delta)
                + " units on hand, below the " + reserved + " reserved for orders; at most " + (onHand - reserved)
                + " units can be written off. Release reservations first if the units are really gone.");
    }
}
