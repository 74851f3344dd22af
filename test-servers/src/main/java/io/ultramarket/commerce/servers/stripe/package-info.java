/**
 * A local HTTP server that answers in Stripe's wire format (PaymentIntents, refunds, idempotency keys,
 * test cards, signed webhooks), with fault injection and counters, for tests of payment adapters.
 */
package io.ultramarket.commerce.servers.stripe;
