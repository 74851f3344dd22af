package io.ultramarket.commerce.analytics;

/** What sales are broken down by. Categories come with the product catalog (not built yet). */
enum SalesGrouping {
    SKU, CATEGORY
}
