package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The order left the warehouse with a carrier, under a tracking number. */
@Revision("1")
public record OrderShipped(UUID orderId, String carrier, String trackingNumber) implements OrderEvent {
}
