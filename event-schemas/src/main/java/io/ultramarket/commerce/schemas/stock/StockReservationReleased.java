package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An order's held units went back to the available stock, for the reason given. */
@Revision("1")
public record StockReservationReleased(StockItemId stockItemId, UUID orderId, Quantity quantity, String reason)
        implements StockEvent {
}
