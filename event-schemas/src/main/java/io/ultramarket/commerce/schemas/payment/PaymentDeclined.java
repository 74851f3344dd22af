package io.ultramarket.commerce.schemas.payment;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The provider declined the payment, for the reason given. */
@Revision("1")
public record PaymentDeclined(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {
}
