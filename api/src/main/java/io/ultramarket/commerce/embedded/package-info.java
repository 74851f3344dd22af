/** The embedded PostgreSQL default used when no database is configured, durable by default. */
package io.ultramarket.commerce.embedded;
