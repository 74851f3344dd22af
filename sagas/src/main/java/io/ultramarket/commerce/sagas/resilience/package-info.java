/**
 * Resilience4j around every call to a payment provider or a carrier: time limiter, bulkhead, circuit
 * breaker and retry with exponential backoff, applied as decorators to every {@code PaymentGateway} and
 * {@code Carrier} bean, with their states as Micrometer metrics.
 */
package io.ultramarket.commerce.sagas.resilience;
