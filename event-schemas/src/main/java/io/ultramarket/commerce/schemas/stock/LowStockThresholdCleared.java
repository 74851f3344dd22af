package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/** Staff dropped the stock item's own low-stock threshold: the shop's default threshold, if any, applies again. */
@Revision("1")
public record LowStockThresholdCleared(StockItemId stockItemId) implements StockEvent {
}
