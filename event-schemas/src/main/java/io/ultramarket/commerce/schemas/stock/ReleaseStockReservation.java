package io.ultramarket.commerce.schemas.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Give an order's held units back to the available stock (the order was cancelled or failed). */
public record ReleaseStockReservation(@TargetAggregateIdentifier StockItemId stockItemId, UUID orderId,
                                      String reason) {
}
