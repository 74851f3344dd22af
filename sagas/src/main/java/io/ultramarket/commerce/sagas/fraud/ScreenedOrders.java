package io.ultramarket.commerce.sagas.fraud;

import java.util.Collection;
import java.util.UUID;

/** The fraud screen's memory of screened orders, as far as an erasure of personal data reaches it (ADR 0069). */
public interface ScreenedOrders {

    /**
     * Forgets the card tokens and addresses of these subjects' screened orders (customer or order ids); the
     * orders still count as the customer's.
     */
    void forget(Collection<UUID> subjects);
}
