package io.ultramarket.commerce.query.eventstore;

/**
 * One row of {@code domain_event_entry} exactly as stored: text columns as text, payload and metadata as the
 * stored bytes. The hash chain is computed over these, so nothing may be parsed or normalised here.
 */
public record StoredEvent(long position, String eventId, String aggregateId, long sequenceNumber, String aggregateType,
                   String timestamp, String payloadType, String revision, byte[] payload, byte[] metadata,
                   byte[] hash) {
}
