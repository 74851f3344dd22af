package io.ultramarket.commerce.query.stock;

import java.time.Instant;

/** Stock of one SKU in one warehouse as the read model holds it. */
public record StockLevel(String sku, String warehouse, int onHand, int reserved, int available, long version,
                         Instant updatedAt) {
}
