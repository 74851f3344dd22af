/** The customer's order: placed from a checked-out cart, then confirmed, shipped, delivered, cancelled or returned. */
package io.ultramarket.commerce.command.order;
