package io.ultramarket.commerce.query.analytics;

import java.time.LocalDate;

/**
 * Net sales of one SKU or category ({@code key}) in one bucket and currency: lines of orders placed in the
 * bucket, less those of orders cancelled or returned since. {@code bucket} is the bucket's first day. SKUs
 * of no known product count under the category {@code uncategorised}. {@code revenue} is a decimal string at
 * the currency's scale, as money is everywhere in the API.
 */
public record SalesBucket(LocalDate bucket, String key, String currency, String revenue, long units, long orders) {
}
