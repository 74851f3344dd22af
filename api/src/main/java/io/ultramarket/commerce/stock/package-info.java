/**
 * HTTP endpoints of stock: register a SKU per warehouse, receipts, adjustments, low-stock thresholds and alerts;
 * and the console's stock page.
 */
package io.ultramarket.commerce.stock;
