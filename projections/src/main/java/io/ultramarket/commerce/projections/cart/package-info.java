/** The cart read model: each cart's lines, total and status, for {@code GET /carts/{id}}. */
package io.ultramarket.commerce.projections.cart;
