package io.ultramarket.commerce.snapshot;

/**
 * A row of {@code snapshot_event_entry} as stored, with the chain hash of the event at its sequence number
 * ({@code null} when that event is not stored) and its seal ({@code null} when it has none).
 */
record StoredSnapshot(String aggregateId, long sequenceNumber, String type, String payloadType, String payloadRevision,
                      byte[] payload, byte[] metadata, byte[] eventHash, byte[] seal) {
}
