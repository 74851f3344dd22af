/** The event store's tables, the metadata every event carries, and event-store positions. */
package io.ultramarket.commerce.eventstore;
