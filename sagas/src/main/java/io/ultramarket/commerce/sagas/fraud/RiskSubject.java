package io.ultramarket.commerce.sagas.fraud;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;

import java.util.UUID;

/** What the fraud screen looks at: who orders, how much, paying how, shipping where. */
public record RiskSubject(UUID orderId, UUID customerId, Money amount, PaymentMethod paymentMethod, Address shippingAddress) {
}
