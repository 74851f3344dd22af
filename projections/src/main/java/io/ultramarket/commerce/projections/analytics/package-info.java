/**
 * The analytics projection: facts for analysts (order lines, order and payment events, cart activity,
 * stock movements) written to ClickHouse in batches; its store ({@code ClickHouseFactStore}) runs on the one generations
 * engine of every projection ({@code runtime}), which rebuilds and switches its generations.
 */
package io.ultramarket.commerce.projections.analytics;
