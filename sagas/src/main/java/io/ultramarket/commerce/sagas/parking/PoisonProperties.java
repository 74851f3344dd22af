package io.ultramarket.commerce.sagas.parking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When a failing saga event parks its order ({@code commerce.poison.*}). The retry settings are the same keys,
 * with the same meaning and defaults, as the projection processors' ({@code commerce.poison.retry.*}, bound
 * there by {@code PoisonRetryProperties}): one setting for every processor.
 *
 * @param retry        how a transient failure (lost connection, timeout, serialization failure, server shutting
 *                     down) is tried again before the order is parked; a permanent failure parks at once
 * @param gaugeRefresh how often the {@code commerce.parked.items} gauge counts what is parked
 */
@ConfigurationProperties("commerce.poison")
public record PoisonProperties(@DefaultValue Retry retry, @DefaultValue("10s") Duration gaugeRefresh) {

    public PoisonProperties {
        if (gaugeRefresh == null || gaugeRefresh.isZero() || gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("commerce.poison.gauge-refresh must be a positive duration, was " + gaugeRefresh);
        }
    }

    /**
     * @param attempts       tries in all, the first included, before the order is parked; 0 means the default (4)
     * @param initialBackoff the wait after the first transient failure, doubled after each further one
     * @param maxBackoff     the longest wait between two attempts
     */
    public record Retry(int attempts, Duration initialBackoff, Duration maxBackoff) {

        public Retry {
            if (attempts < 0) {
                throw new IllegalArgumentException("commerce.poison.retry.attempts must not be negative, was " + attempts);
            }
            attempts = attempts == 0 ? 4 : attempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("commerce.poison.retry.initial-backoff must be >= 0 and max-backoff "
                        + "at least as long, were " + initialBackoff + " and " + maxBackoff);
            }
        }
    }

    int retryAttempts() {
        return retry.attempts();
    }

    /** The wait after the given (1-based) failed attempt: the initial backoff, doubled per attempt, capped. */
    Duration backoffAfter(int failedAttempts) {
        Duration wait = retry.initialBackoff();
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(retry.maxBackoff()) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : wait;
    }
}
