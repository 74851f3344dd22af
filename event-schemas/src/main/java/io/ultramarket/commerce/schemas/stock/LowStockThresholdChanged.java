package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/** Staff set or changed the stock item's own low-stock threshold: at {@code threshold} available units or fewer it is low. */
@Revision("1")
public record LowStockThresholdChanged(StockItemId stockItemId, int threshold) implements StockEvent {
}
