/**
 * The catalog contract: products with their variants (one SKU each, with a price and attributes such as
 * size and colour), a category path, and whether shoppers see them.
 */
package io.ultramarket.commerce.schemas.catalog;
