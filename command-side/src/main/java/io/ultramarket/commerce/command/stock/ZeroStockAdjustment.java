package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

/** An adjustment by zero corrects nothing and would only clutter the audit trail. */
public class ZeroStockAdjustment extends DomainRuleViolation {

    public ZeroStockAdjustment(StockItemId stockItemId) {
        super("Adjustment of stock item " + stockItemId
                + " must change the units on hand: give a positive or negative delta, not zero.");
    }
}
