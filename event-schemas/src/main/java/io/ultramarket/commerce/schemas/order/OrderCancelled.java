package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The order was cancelled before shipment, for the reason given. */
@Revision("1")
public record OrderCancelled(UUID orderId, String reason) implements OrderEvent {
}
