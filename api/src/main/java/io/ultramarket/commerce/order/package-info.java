/**
 * HTTP reads of orders: one order with its status timeline, and a customer's order history; the order commands;
 * and the console's order pages (the newest orders, one order, the fraud-review queue).
 */
package io.ultramarket.commerce.order;
