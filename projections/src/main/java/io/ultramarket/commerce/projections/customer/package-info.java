/** The customers read model: each customer's record and address book, for {@code GET /customers/me}. */
package io.ultramarket.commerce.projections.customer;
