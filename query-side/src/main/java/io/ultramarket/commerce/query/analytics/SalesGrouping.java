package io.ultramarket.commerce.query.analytics;

/** What sales are broken down by: the SKU, or the category of the SKU's product (its current one). */
public enum SalesGrouping {
    SKU, CATEGORY
}
