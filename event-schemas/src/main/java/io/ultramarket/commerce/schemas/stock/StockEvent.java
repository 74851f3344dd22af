package io.ultramarket.commerce.schemas.stock;

/** Everything that can happen to the stock of one SKU in one warehouse. */
public sealed interface StockEvent
        permits StockItemRegistered, StockReceived, StockAdjusted, StockReserved, StockReservationReleased,
        StockReservationCommitted, LowStockThresholdChanged, LowStockThresholdCleared, LowStockReached, LowStockCleared {

    StockItemId stockItemId();
}
