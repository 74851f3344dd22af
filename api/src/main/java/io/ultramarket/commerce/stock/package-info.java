/** HTTP endpoints of stock: register a SKU per warehouse, receipts, adjustments, low-stock thresholds and alerts. */
package io.ultramarket.commerce.stock;
