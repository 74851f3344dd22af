/** HTTP reads of orders: one order with its status timeline, and a customer's order history. */
package io.ultramarket.commerce.order;
