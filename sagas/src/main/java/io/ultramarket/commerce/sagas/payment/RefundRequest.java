package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.UUID;

/** Give back {@code amount} of the money captured under {@code providerReference}; one refund per refund id. */
public record RefundRequest(UUID paymentId, UUID refundId, String providerReference, Money amount, String reason) {
}
