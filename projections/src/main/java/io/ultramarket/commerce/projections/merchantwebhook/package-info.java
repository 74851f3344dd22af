/**
 * Outbound webhooks to merchants' systems, the event half (ADR 0058): the tables' names
 * ({@link io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksSchema}), the settings, the event
 * types an endpoint may ask for, and the streaming processor that writes one delivery per (endpoint, event) into
 * the outbox. The registration API and the sender are in api's {@code merchantwebhook} package.
 */
package io.ultramarket.commerce.projections.merchantwebhook;
