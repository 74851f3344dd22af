package io.ultramarket.commerce.schemas.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct the units on hand after a count, damage or loss: {@code delta} is positive or negative, never
 * zero, and may not take on hand below what is reserved.
 */
public record AdjustStock(@TargetAggregateIdentifier StockItemId stockItemId, int delta, String reason) {
}
