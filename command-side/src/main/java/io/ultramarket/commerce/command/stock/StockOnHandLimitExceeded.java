package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

/**
 * Units on hand are counted in a 32-bit column and field; repeated receipts could otherwise wrap around to a
 * negative count. No warehouse holds a billion units of one SKU, so more is a mistake (or an attack).
 */
public class StockOnHandLimitExceeded extends DomainRuleViolation {

    public StockOnHandLimitExceeded(StockItemId stockItemId, int onHand, long increase, int limit) {
        super("Stock item " + stockItemId + " has " + onHand + " units on hand; " + increase + " more would exceed "
                + limit + ", the most one stock item may hold.");
    }
}
