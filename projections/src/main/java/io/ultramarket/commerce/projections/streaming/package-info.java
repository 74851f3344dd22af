/**
 * Event processors for projections that write outside PostgreSQL (ClickHouse, Kafka): their token is in
 * PostgreSQL, their writes are not, so they are at least once and their targets make repeats harmless.
 */
package io.ultramarket.commerce.projections.streaming;
