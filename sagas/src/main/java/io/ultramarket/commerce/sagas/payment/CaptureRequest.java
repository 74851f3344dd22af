package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.UUID;

/** Take {@code amount} (at most what was authorized) from the hold named by {@code providerReference}. */
public record CaptureRequest(UUID paymentId, String providerReference, Money amount) {
}
