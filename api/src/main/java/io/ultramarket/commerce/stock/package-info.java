/** HTTP endpoints of stock: register a SKU per warehouse, receipts, adjustments; and the console's stock page. */
package io.ultramarket.commerce.stock;
