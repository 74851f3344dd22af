/**
 * Analytics over HTTP (sales, funnel, top products, co-purchases, demand forecast), the wiring of the
 * ClickHouse projection's store and queries. Its generations, replays and progress are the engine's, under
 * /admin/projections/analytics like every projection's (ADR 0051).
 */
package io.ultramarket.commerce.analytics;
