package io.ultramarket.commerce.query.analytics;

import java.util.Map;

/** A SKU's net units and orders over a period, with its revenue per currency (decimal strings, as money is). */
public record TopProduct(String sku, long units, long orders, Map<String, String> revenue) {
}
