package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A refund of {@code amount} was asked of the provider; it counts against what may still be refunded. */
@Revision("1")
public record PaymentRefundRequested(UUID paymentId, UUID orderId, UUID refundId, String providerReference,
                                     Money amount, String reason) implements PaymentEvent {
}
