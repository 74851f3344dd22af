/** The payment of an order: requested, authorized by the provider, captured once, refunded in parts, or declined / voided. */
package io.ultramarket.commerce.command.payment;
