package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.schemas.stock.StockItemId;

/** Units of an order held by one stock item (one SKU in one warehouse). */
record Allocation(StockItemId stockItemId, int quantity) {
}
