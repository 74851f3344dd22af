package io.ultramarket.commerce;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on Netty threads during tests: a Resilience4j circuit breaker records each call's
 * outcome in its sliding window under a lock held for a few field updates, and concurrent calls wait on it. CPU
 * work, not I/O. Reported as a blocking call inside an error signal, the check itself was dropped and left the
 * request without an answer (CouponCheckoutIT, sixteen checkouts at a time); everything else that blocks still fails.
 */
public class CircuitBreakerMetricsAreNotBlocking implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "record");
        builder.allowBlockingCallsInside("io.github.resilience4j.core.metrics.SlidingTimeWindowMetrics", "record");
    }
}
