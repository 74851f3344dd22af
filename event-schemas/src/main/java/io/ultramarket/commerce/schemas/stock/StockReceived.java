package io.ultramarket.commerce.schemas.stock;

import io.ultramarket.commerce.schemas.common.Quantity;
import org.axonframework.serialization.Revision;

/** Units arrived at the warehouse; {@code onHand} is the count afterwards. */
@Revision("1")
public record StockReceived(StockItemId stockItemId, Quantity quantity, String receiptReference, int onHand)
        implements StockEvent {
}
