package io.ultramarket.commerce.query.order;

import io.ultramarket.commerce.schemas.order.OrderStatus;

import java.time.Instant;
import java.util.Map;

/**
 * One step of an order's status timeline: the status it reached, when, and what came with it (the
 * carrier and tracking number of a shipment, the reason of a cancellation or return).
 */
public record OrderStep(long sequenceNumber, OrderStatus status, Instant occurredAt, Map<String, String> detail) {
}
