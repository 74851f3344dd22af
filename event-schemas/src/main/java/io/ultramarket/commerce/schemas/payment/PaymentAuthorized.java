package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The provider authorized the amount under its own reference; nothing is taken yet. */
@Revision("1")
public record PaymentAuthorized(UUID paymentId, UUID orderId, String providerReference, Money amount)
        implements PaymentEvent {
}
