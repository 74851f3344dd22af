package io.ultramarket.commerce.sagas.shipping;

import java.time.Instant;
import java.util.UUID;

/**
 * A carrier's tracking update as posted to {@code POST /webhooks/carriers/{carrier}}: {@code status} is
 * {@code dispatched} or {@code delivered}; {@code eventId} is unique per update, so a repeat is recognised.
 */
public record CarrierTrackingEvent(String eventId, UUID orderId, String trackingNumber, String status, Instant occurredAt) {

    public static final String DISPATCHED = "dispatched";
    public static final String DELIVERED = "delivered";
    /** The header carrying the {@code t=...,v1=...} signature of the body. */
    public static final String SIGNATURE_HEADER = "Carrier-Signature";
}
