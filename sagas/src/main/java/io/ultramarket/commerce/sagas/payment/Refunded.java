package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;

/** The provider paid the money back; {@code providerRefundId} names the refund there. */
public record Refunded(String providerRefundId, Money amount) {
}
