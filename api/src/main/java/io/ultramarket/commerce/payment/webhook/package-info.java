/**
 * {@code POST /webhooks/payments}: the payment provider's events (Stripe's format), verified by signature,
 * applied once per event id, as commands on the Payment aggregate.
 */
package io.ultramarket.commerce.payment.webhook;
