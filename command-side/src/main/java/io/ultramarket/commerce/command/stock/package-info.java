/** Stock of one SKU in one warehouse: units on hand, held for orders, and shipped. */
package io.ultramarket.commerce.command.stock;
