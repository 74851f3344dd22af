package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;

import java.util.UUID;

/** Hold {@code amount} on the customer's payment method for an order; nothing is taken yet. */
public record AuthorizationRequest(UUID paymentId, UUID orderId, Money amount, PaymentMethod method) {
}
