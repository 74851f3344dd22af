package io.ultramarket.commerce.sagas.parking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When a failing saga event parks its order ({@code commerce.poison.*}).
 *
 * @param retryAttempts  how many times an event that fails transiently (lost connection, timeout, serialization
 *                       failure, server shutting down) is handled before its order is parked; a permanent failure
 *                       parks at once
 * @param initialBackoff the wait after the first transient failure, doubled after each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param gaugeRefresh   how often the {@code commerce.parked.items} gauge counts what is parked
 */
@ConfigurationProperties("commerce.poison")
public record PoisonProperties(@DefaultValue("5") int retryAttempts,
                               @DefaultValue("200ms") Duration initialBackoff,
                               @DefaultValue("5s") Duration maxBackoff,
                               @DefaultValue("10s") Duration gaugeRefresh) {

    public PoisonProperties {
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("commerce.poison.retry-attempts must be at least 1, was " + retryAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative() || maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("commerce.poison.initial-backoff must be >= 0 and max-backoff at least as long, were "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (gaugeRefresh == null || gaugeRefresh.isZero() || gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("commerce.poison.gauge-refresh must be a positive duration, was " + gaugeRefresh);
        }
    }

    /** The wait after the given (1-based) failed attempt: the initial backoff, doubled per attempt, capped. */
    Duration backoffAfter(int failedAttempts) {
        Duration wait = initialBackoff;
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(maxBackoff) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
