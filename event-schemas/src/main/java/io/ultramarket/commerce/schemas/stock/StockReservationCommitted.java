package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An order's held units were shipped: they left the stock; {@code onHand} is the count afterwards. */
@Revision("1")
public record StockReservationCommitted(StockItemId stockItemId, UUID orderId, Quantity quantity, int onHand)
        implements StockEvent {
}
