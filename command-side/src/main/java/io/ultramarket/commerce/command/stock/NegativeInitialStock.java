package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

/** A count can be zero but never negative. */
public class NegativeInitialStock extends DomainRuleViolation {

    public NegativeInitialStock(StockItemId stockItemId, int onHand) {
        super("Stock item " + stockItemId + " cannot be registered with " + onHand
                + " units on hand; register the counted units (zero or more).");
    }
}
