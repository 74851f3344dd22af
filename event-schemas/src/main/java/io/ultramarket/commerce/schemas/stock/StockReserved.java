package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Units were held for an order; {@code available} is what is left to sell afterwards. */
@Revision("1")
public record StockReserved(StockItemId stockItemId, UUID orderId, Quantity quantity, int available)
        implements StockEvent {
}
