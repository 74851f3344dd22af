/** Webhooks from carriers: signed tracking updates, applied once. */
package io.ultramarket.commerce.webhook;
