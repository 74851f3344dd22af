/**
 * The aggregate cache every aggregate names ({@code @Aggregate(cache = "aggregateCache")}): bounded, and
 * checked against the event store before a cached aggregate decides a command, so that a write by another
 * instance on the same database is never decided on a stale copy (ADR 0077).
 */
package io.ultramarket.commerce.aggregatecache;
