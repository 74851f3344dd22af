/** The embedded PostgreSQL default used when no database is configured. */
package io.ultramarket.commerce.embedded;
