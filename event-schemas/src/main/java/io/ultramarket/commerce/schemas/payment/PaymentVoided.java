package io.ultramarket.commerce.schemas.payment;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The payment was given up without taking any money, for the reason given: an authorization was released,
 * or a request the provider never answered was abandoned. {@code providerReference} names the released
 * hold, or is null when no authorization had been recorded.
 */
@Revision("2")
public record PaymentVoided(UUID paymentId, UUID orderId, String reason, String providerReference)
        implements PaymentEvent {
}
