package io.ultramarket.commerce.schemas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Payment of an order's amount was requested with the given method (its token sealed under the order's key). */
@Revision("1")
public record PaymentRequested(UUID paymentId, UUID orderId, Money amount, @PersonalData(subject = "orderId") PaymentMethod method)
        implements PaymentEvent {
}
