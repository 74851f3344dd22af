package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The amount was taken from the customer (at most what was authorized). */
@Revision("1")
public record PaymentCaptured(UUID paymentId, UUID orderId, Money amount) implements PaymentEvent {
}
