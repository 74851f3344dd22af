/**
 * The pooled streaming processor every projection generation and the Kafka publisher run on: from event 0,
 * its token in PostgreSQL. Whether it is exactly once depends on the writer: PostgreSQL read models write in
 * the token's transaction; ClickHouse and Kafka do not, so they are at least once and their targets make
 * repeats harmless.
 */
package io.ultramarket.commerce.projections.streaming;
