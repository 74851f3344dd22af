/**
 * The one generations engine every projection runs on, whatever its store: generations in
 * {@code projection_generation}, one pooled event processor per generation with its dead-letter queue,
 * rebuilds from event 0 with a switch once caught up, progress, and retired generations dropped. What depends
 * on the store (PostgreSQL tables behind views, ClickHouse fact tables) is a {@code ProjectionStore}.
 */
package io.ultramarket.commerce.projections.runtime;
