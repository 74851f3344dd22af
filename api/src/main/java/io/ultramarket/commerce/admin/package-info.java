/** Operators' endpoints: projections, rebuilds and their progress, dead letters and parked orders (their
 * retry and eviction), and how much is parked (the {@code commerce.parked.items} gauge, health); and the
 * console's pages of the same. */
package io.ultramarket.commerce.admin;
