/** The cart's contract: what a shopper can ask of a cart, and what happened to it. */
package io.ultramarket.commerce.schemas.cart;
