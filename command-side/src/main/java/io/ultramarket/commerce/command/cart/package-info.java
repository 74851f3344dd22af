/** The shopper's cart: it collects priced lines within configurable limits until it is checked out into an order. */
package io.ultramarket.commerce.command.cart;
