/** Webhook deliveries from providers: each event, named by the sender's id, takes effect once. */
package io.ultramarket.commerce.webhook;
