package io.ultramarket.commerce.query.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as the read model holds it: the amount requested and, once they happened, the amounts
 * authorized, captured and refunded so far (absent before), all in one currency.
 */
public record PaymentView(UUID paymentId, UUID orderId, PaymentStatus status, Money amount, Money authorized,
                          Money captured, Money refunded, String providerReference, long version,
                          Instant requestedAt, Instant updatedAt) {
}
