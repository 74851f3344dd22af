package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The order's stock is reserved and its payment authorized: the shop has committed to it. */
@Revision("1")
public record OrderConfirmed(UUID orderId) implements OrderEvent {
}
