/**
 * Database wiring: which database (embedded or named by {@code spring.datasource.url}), the JDBC pool and
 * transaction manager for Axon, and the R2DBC pool for non-blocking reads, both on the same address.
 */
package io.ultramarket.commerce.readstore;
