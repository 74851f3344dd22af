/**
 * Live streams from the event store: one shared, gap-aware tail of {@code domain_event_entry} per app
 * instance ({@link io.ultramarket.commerce.query.live.EventStoreTail}), and per subscriber a feed that
 * catches up from a position and then follows the tail without gaps or duplicates
 * ({@link io.ultramarket.commerce.query.live.EventFeed}). See ADR 0011.
 */
package io.ultramarket.commerce.query.live;
