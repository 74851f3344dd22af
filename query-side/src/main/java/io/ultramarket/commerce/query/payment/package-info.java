/** Non-blocking reads of payments, by the order they pay for. */
package io.ultramarket.commerce.query.payment;
