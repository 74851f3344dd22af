/**
 * Webhook deliveries from payment providers and carriers: signed by the sender, checked before anything
 * else, and each event, named by the sender's id, takes effect once.
 */
package io.ultramarket.commerce.webhook;
