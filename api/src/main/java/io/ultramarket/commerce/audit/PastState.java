package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An aggregate as it was at an instant.
 *
 * @param sequenceNumber the sequence number of the last event that had happened by then
 * @param state          the aggregate's fields, as Axon's own mapper writes them (private fields included)
 */
public record PastState(String aggregateType, String aggregateId, Instant at, long sequenceNumber, JsonNode state) {
}
