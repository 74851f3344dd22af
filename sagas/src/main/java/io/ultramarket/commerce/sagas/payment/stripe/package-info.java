/**
 * The Stripe adapter of the {@link io.ultramarket.commerce.sagas.payment.PaymentGateway} port: PaymentIntents
 * with manual capture, and refunds, over Stripe's HTTP API with a non-blocking WebClient.
 */
package io.ultramarket.commerce.sagas.payment.stripe;
