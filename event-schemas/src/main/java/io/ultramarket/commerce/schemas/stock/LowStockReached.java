package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/**
 * The available units (on hand minus reserved) fell to the low-stock threshold or below: {@code available}
 * now, against {@code threshold}, the item's own or the shop's default. Once per crossing: the item stays low,
 * without another such event, until {@link LowStockCleared}.
 */
@Revision("1")
public record LowStockReached(StockItemId stockItemId, int available, int threshold) implements StockEvent {
}
