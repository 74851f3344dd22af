package io.ultramarket.commerce.schemas.payment;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The authorization was released without taking any money, for the reason given. */
@Revision("1")
public record PaymentVoided(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {
}
