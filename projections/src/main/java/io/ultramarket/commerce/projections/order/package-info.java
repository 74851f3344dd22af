/**
 * The orders read model: each order with its lines, total, shipping and status, its status timeline, and
 * an index for a customer's order history.
 */
package io.ultramarket.commerce.projections.order;
