package io.ultramarket.commerce.sagas.payment;

import java.util.UUID;

/**
 * The idempotency key sent with every provider call: the same payment (or refund) and step always give
 * the same key, so a repeated call is recognised by the provider. At most 255 characters, as Stripe allows.
 */
public final class ProviderIdempotencyKey {

    private ProviderIdempotencyKey() {
    }

    public static String authorize(UUID paymentId) {
        return "payment-" + paymentId + "-authorize";
    }

    public static String capture(UUID paymentId) {
        return "payment-" + paymentId + "-capture";
    }

    public static String cancel(UUID paymentId) {
        return "payment-" + paymentId + "-cancel";
    }

    public static String refund(UUID refundId) {
        return "refund-" + refundId;
    }
}
