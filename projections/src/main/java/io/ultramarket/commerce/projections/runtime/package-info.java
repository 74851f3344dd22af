/**
 * The machinery every read model shares: generations of tables behind views, one pooled event processor
 * per generation with its dead-letter queue, rebuilds from event 0 with an atomic switch, and progress.
 */
package io.ultramarket.commerce.projections.runtime;
