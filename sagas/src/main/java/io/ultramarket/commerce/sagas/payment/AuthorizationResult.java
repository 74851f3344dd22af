package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;

/** The provider's answer to an authorization: the amount is held, or the payment method was declined. */
public sealed interface AuthorizationResult {

    /** The amount is held; {@code providerReference} names the hold at the provider (a PaymentIntent id). */
    record Authorized(String providerReference, Money amount) implements AuthorizationResult {
    }

    /** The provider declined the payment method; {@code code} is the provider's decline code. */
    record Declined(String providerReference, String code, String reason) implements AuthorizationResult {
    }
}
