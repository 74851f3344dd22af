/** HTTP endpoints of the cart: create, add / change / remove lines, check out, read. */
package io.ultramarket.commerce.cart;
