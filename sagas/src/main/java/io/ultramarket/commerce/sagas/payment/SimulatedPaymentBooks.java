package io.ultramarket.commerce.sagas.payment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated provider's own books: how many captures really took money for each payment. A bean of
 * its own because the provider bean itself is wrapped by the resilience decorator; this is where tests
 * (and an operator of the embedded default) count captures, as they count them at a Stripe server.
 */
@Component
@ConditionalOnProperty(name = "commerce.payments.provider", havingValue = "simulated", matchIfMissing = true)
public class SimulatedPaymentBooks {

    private final Map<UUID, AtomicInteger> captures = new ConcurrentHashMap<>();

    void recordCapture(UUID paymentId) {
        captures.computeIfAbsent(paymentId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** How many captures really took money for this payment (repeats with the same key are not captures). */
    public int capturesOf(UUID paymentId) {
        AtomicInteger count = captures.get(paymentId);
        return count == null ? 0 : count.get();
    }
}
