package io.ultramarket.commerce.schemas.stock;

import org.axonframework.serialization.Revision;

/** The warehouse started keeping stock of the SKU, with this many units on hand. */
@Revision("1")
public record StockItemRegistered(StockItemId stockItemId, int onHand) implements StockEvent {
}
