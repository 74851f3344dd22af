/** HTTP endpoints of stock: register a SKU per warehouse, receipts, adjustments. */
package io.ultramarket.commerce.stock;
