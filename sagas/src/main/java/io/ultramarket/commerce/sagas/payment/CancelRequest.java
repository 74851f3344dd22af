package io.ultramarket.commerce.sagas.payment;

import java.util.UUID;

/** Release (void) the hold named by {@code providerReference} without taking any money. */
public record CancelRequest(UUID paymentId, String providerReference, String reason) {
}
