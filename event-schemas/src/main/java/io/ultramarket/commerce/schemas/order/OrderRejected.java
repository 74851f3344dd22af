package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The shop refused the order before taking payment (not enough stock, or rejected on review), for the reason given. */
@Revision("1")
public record OrderRejected(UUID orderId, String reason) implements OrderEvent {
}
