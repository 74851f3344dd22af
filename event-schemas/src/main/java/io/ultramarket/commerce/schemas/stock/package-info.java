/** The stock contract: units on hand, held for orders and shipped, per SKU and warehouse. */
package io.ultramarket.commerce.schemas.stock;
