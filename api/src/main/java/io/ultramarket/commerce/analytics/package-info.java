/**
 * Analytics over HTTP (sales, funnel, top products, co-purchases, demand forecast), the wiring of the
 * ClickHouse projection and queries, and its replay under /admin/projections/analytics.
 */
package io.ultramarket.commerce.analytics;
