/** HTTP reads of payments: the payments of an order. */
package io.ultramarket.commerce.payment;
