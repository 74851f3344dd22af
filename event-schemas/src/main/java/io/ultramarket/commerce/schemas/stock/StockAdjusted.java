package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/** The units on hand were corrected by {@code delta} for the reason given; {@code onHand} is the count afterwards. */
@Revision("1")
public record StockAdjusted(StockItemId stockItemId, int delta, String reason, int onHand) implements StockEvent {
}
