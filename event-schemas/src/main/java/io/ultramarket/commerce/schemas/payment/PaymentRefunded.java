package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Part or all of the captured amount was given back. {@code totalRefunded} is the sum of all refunds so
 * far; the payment is fully refunded when it equals the captured amount.
 */
@Revision("1")
public record PaymentRefunded(UUID paymentId, UUID orderId, UUID refundId, Money amount, Money totalRefunded,
                              String reason) implements PaymentEvent {
}
