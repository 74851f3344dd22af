package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

/** Stock movements are audited: each needs its reason or receipt reference. */
public class StockDetailsRequired extends DomainRuleViolation {

    public StockDetailsRequired(StockItemId stockItemId, String action, String missing) {
        super("To " + action + " stock item " + stockItemId + ", give " + missing + ".");
    }
}
