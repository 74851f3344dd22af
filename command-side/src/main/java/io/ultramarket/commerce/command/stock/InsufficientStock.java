package io.ultramarket.commerce.command.stock;

import io.ultramarket.commerce.command.DomainRuleViolation;
import io.ultramarket.commerce.schemas.stock.StockItemId;

import java.util.UUID;

/** Fewer units are available (on hand minus reserved) than the order asks for. */
public class InsufficientStock extends DomainRuleViolation {

    public InsufficientStock(StockItemId stockItemId, UUID orderId, int requested, int available) {
        super("Cannot reserve " + requested + " units of " + stockItemId.sku() + " in warehouse "
                + stockItemId.warehouse() + " for order " + orderId + ": only " + available + " available.");
    }
}
