package io.ultramarket.commerce.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it.
 *
 * @param position       the global position (Axon's global index): the order in which events were stored
 * @param aggregateType  Cart, Order, Payment or StockItem
 * @param sequenceNumber the event's place in its aggregate's history, from 0
 * @param eventType      the payload's simple class name, for example {@code ItemAddedToCart}
 * @param revision       the payload's schema revision ({@code @Revision})
 * @param timestamp      when the event happened (millisecond precision, as stored)
 * @param metadata       principal, correlationId, causationId and whatever else travelled with the event
 * @param hash           the stored SHA-256 chain hash, in hex (ADR 0010)
 */
public record AuditEvent(long position, String aggregateType, String aggregateId, long sequenceNumber,
                         String eventId, String eventType, String revision, Instant timestamp,
                         JsonNode payload, JsonNode metadata, String hash) {
}
