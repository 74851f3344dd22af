/** HTTP endpoints of the cart: create, add / change / remove lines, check out. */
package io.ultramarket.commerce.cart;
