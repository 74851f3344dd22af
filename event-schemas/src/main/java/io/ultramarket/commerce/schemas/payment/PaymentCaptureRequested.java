package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Taking the authorized {@code amount} under the provider's reference was asked of the provider. */
@Revision("1")
public record PaymentCaptureRequested(UUID paymentId, UUID orderId, String providerReference, Money amount)
        implements PaymentEvent {
}
