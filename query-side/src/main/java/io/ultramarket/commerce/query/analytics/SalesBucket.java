package io.ultramarket.commerce.query.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Net sales of one SKU in one bucket and currency: lines of orders placed in the bucket, less those of
 * orders cancelled or returned since. {@code bucket} is the bucket's first day.
 */
public record SalesBucket(LocalDate bucket, String sku, String currency, BigDecimal revenue, long units, long orders) {
}
