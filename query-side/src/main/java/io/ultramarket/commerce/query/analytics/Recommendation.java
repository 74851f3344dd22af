package io.ultramarket.commerce.query.analytics;

/** "Customers who bought this also bought": a SKU and how many orders held both. */
public record Recommendation(String sku, long orders) {
}
