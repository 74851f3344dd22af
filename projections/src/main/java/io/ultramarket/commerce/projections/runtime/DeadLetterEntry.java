package io.ultramarket.commerce.projections.runtime;

import java.time.Instant;

/** A parked event as an operator sees it: which projection, which aggregate, what failed. */
public record DeadLetterEntry(String id, String processor, String sequence, String eventType, String eventId,
                              String causeType, String causeMessage, Instant enqueuedAt) {
}
