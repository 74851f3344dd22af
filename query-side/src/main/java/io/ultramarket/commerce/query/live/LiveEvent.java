package io.ultramarket.commerce.query.live;

import java.time.Instant;

/**
 * One stored event as live streams see it: its global position, the aggregate it belongs to, its type, when
 * it happened and its JSON payload exactly as stored.
 *
 * @param aggregateType the {@code type} column (the aggregate class's simple name, such as {@code Order});
 *                      null for an event that belongs to no aggregate
 * @param payloadType   the event's fully qualified class name
 */
public record LiveEvent(long position, String aggregateType, String aggregateIdentifier, String payloadType,
                        Instant occurredAt, String payload) implements TailSignal, FeedItem {

    /** The event type's simple name: {@code OrderConfirmed} for {@code io.ultramarket...OrderConfirmed}. */
    public String typeName() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
