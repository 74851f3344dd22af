package io.ultramarket.commerce.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded event store's cache of recent events (ADR 0104).
 *
 * @param cachedEvents how many of the newest events the store keeps for the streams that follow its head (Axon's
 *                     default 10,000); a stream further behind reads storage until it has caught up. Zero or unset
 *                     means the default, 1,000.
 */
@ConfigurationProperties("commerce.event-store")
public record EventCacheProperties(int cachedEvents) {

    public EventCacheProperties {
        if (cachedEvents < 0) {
            throw new IllegalArgumentException("commerce.event-store.cached-events must not be negative");
        }
        cachedEvents = cachedEvents == 0 ? 1_000 : cachedEvents;
    }
}
