package io.ultramarket.commerce.schemas.order;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A reviewer cleared the order held for review: it is PLACED again and goes on to payment. */
@Revision("1")
public record OrderReviewApproved(UUID orderId) implements OrderEvent {
}
