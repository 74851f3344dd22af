/** Non-blocking reads of stock levels. */
package io.ultramarket.commerce.query.stock;
