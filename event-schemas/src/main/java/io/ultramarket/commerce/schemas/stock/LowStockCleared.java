package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/**
 * A low stock item is low no more: {@code available} units rose above {@code threshold} (a receipt, a
 * released reservation, an adjustment, a lower threshold), or no threshold applies to it any longer
 * ({@code threshold} is then null: its own was cleared and the shop has no default).
 */
@Revision("1")
public record LowStockCleared(StockItemId stockItemId, int available, Integer threshold) implements StockEvent {
}
