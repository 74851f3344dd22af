/**
 * The analytics projection: facts for analysts (order lines, order and payment events, cart activity,
 * stock movements) written to ClickHouse in batches, in generations that a replay rebuilds and switches.
 */
package io.ultramarket.commerce.projections.analytics;
