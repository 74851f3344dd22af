package io.ultramarket.commerce.sagas.checkout;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids the checkout derives from the order id, so that a retried step names the same payment or refund
 * and the aggregates recognise the repeat.
 */
public final class CheckoutIds {

    private CheckoutIds() {
    }

    public static UUID paymentOf(UUID orderId) {
        return derived("payment", orderId);
    }

    /** The refund that gives the money back when a paid order is cancelled before it ships. */
    public static UUID cancellationRefundOf(UUID orderId) {
        return derived("cancellation-refund", orderId);
    }

    private static UUID derived(String purpose, UUID orderId) {
        return UUID.nameUUIDFromBytes((purpose + ":" + orderId).getBytes(StandardCharsets.UTF_8));
    }
}
