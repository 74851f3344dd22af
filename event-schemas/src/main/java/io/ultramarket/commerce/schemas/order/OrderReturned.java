package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer sent the delivered order back, for the reason given. */
@Revision("1")
public record OrderReturned(UUID orderId, String reason) implements OrderEvent {
}
