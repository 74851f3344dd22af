/**
 * One bad event never stops the rest: which failures are worth trying again ({@link
 * io.ultramarket.commerce.projections.poison.TransientFailures}), the bounded retries with backoff, and the
 * sequenced dead-letter queues every processor parks its poison events in (ADR 0041).
 */
package io.ultramarket.commerce.projections.poison;
