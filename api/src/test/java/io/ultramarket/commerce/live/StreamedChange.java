package io.ultramarket.commerce.live;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The data of an order stream event as a client reads it (strictly: an unexpected field fails the test). */
record StreamedChange(UUID orderId, long position, String type, String status, Instant occurredAt,
                      Map<String, Object> payload) {
}
