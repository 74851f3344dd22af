/**
 * The embedded PostgreSQL default used when no database is configured, durable by default, and safe to
 * kill: a server a killed app left behind is stopped by its watchdog, or at the next start.
 */
package io.ultramarket.commerce.embedded;
