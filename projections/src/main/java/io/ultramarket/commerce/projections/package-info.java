/**
 * Event handlers that feed read models (PostgreSQL, Elasticsearch, ClickHouse) and integration events
 * (Kafka). Empty until the read side is built; it depends on event-schemas only.
 */
package io.ultramarket.commerce.projections;
