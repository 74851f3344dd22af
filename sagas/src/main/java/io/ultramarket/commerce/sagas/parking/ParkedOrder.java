package io.ultramarket.commerce.sagas.parking;

import java.time.Instant;
import java.util.UUID;

/**
 * An order whose checkout stopped on a failing event, as an operator sees it.
 *
 * @param failingEventId   the event that failed (the first of the queue, unless a retry failed on a later one)
 * @param attempts         how often handling failed in all, retries included
 * @param queuedEvents     how many of its events wait, the failing one included
 */
public record ParkedOrder(UUID orderId, String processor, String failingEventId, String failingEventType,
                          String causeType, String causeMessage, int attempts, Instant parkedAt,
                          Instant lastFailedAt, int queuedEvents) {
}
