/** Database wiring: the JDBC transaction manager for Axon and the R2DBC pool for non-blocking reads. */
package io.ultramarket.commerce.readstore;
