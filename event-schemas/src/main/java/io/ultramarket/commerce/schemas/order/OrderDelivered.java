package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The carrier delivered the order to the customer. */
@Revision("1")
public record OrderDelivered(UUID orderId) implements OrderEvent {
}
