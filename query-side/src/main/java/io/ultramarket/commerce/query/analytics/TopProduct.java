package io.ultramarket.commerce.query.analytics;

import java.math.BigDecimal;
import java.util.Map;

/** A SKU's net units and orders over a period, with its revenue per currency. */
public record TopProduct(String sku, long units, long orders, Map<String, BigDecimal> revenue) {
}
