/** Non-blocking reads of carts. */
package io.ultramarket.commerce.query.cart;
