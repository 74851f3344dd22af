/** Signing and checking webhook deliveries from payment providers and carriers. */
package io.ultramarket.commerce.sagas.webhook;
