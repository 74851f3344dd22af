package io.ultramarket.commerce.sagas.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How calls to the payment provider and to carriers are protected. Each group has its own policy.
 *
 * @param payments the policy around every {@code PaymentGateway} call
 * @param carriers the policy around every {@code Carrier} call (one set of instances per carrier)
 */
@ConfigurationProperties("commerce.resilience")
public record ResilienceProperties(Policy payments, Policy carriers) {

    public ResilienceProperties {
        payments = payments == null ? Policy.defaults() : payments;
        carriers = carriers == null ? Policy.defaults() : carriers;
    }

    /**
     * One provider's protection. Zero (or a missing value) means the default.
     *
     * @param timeout                       longest wait for one attempt (time limiter)
     * @param maxAttempts                   attempts in all, the first included (retry)
     * @param initialBackoff                wait before the first repeat; each later one is multiplied
     * @param backoffMultiplier             factor between two consecutive waits
     * @param maxBackoff                    longest wait between two attempts
     * @param failureRateThreshold          percentage of failed calls in the window that opens the circuit
     * @param slidingWindowSize             calls the failure rate is computed over
     * @param minimumNumberOfCalls          calls needed in the window before the rate counts
     * @param waitInOpenState               how long an open circuit rejects calls before it lets a few through
     * @param permittedCallsInHalfOpenState calls let through to decide whether to close the circuit again
     * @param maxConcurrentCalls            calls in flight at once (bulkhead); one more is refused at once
     */
    public record Policy(Duration timeout, int maxAttempts, Duration initialBackoff, double backoffMultiplier,
                         Duration maxBackoff, float failureRateThreshold, int slidingWindowSize,
                         int minimumNumberOfCalls, Duration waitInOpenState, int permittedCallsInHalfOpenState,
                         int maxConcurrentCalls) {

        public Policy {
            if (maxAttempts < 0 || backoffMultiplier < 0 || failureRateThreshold < 0 || failureRateThreshold > 100
                    || slidingWindowSize < 0 || minimumNumberOfCalls < 0 || permittedCallsInHalfOpenState < 0
                    || maxConcurrentCalls < 0) {
                throw new IllegalArgumentException("commerce.resilience counts must not be negative, and "
                        + "failure-rate-threshold is a percentage");
            }
            timeout = timeout == null || timeout.isZero() ? Duration.ofSeconds(15) : timeout;
            maxAttempts = maxAttempts == 0 ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null || initialBackoff.isZero() ? Duration.ofMillis(200) : initialBackoff;
            backoffMultiplier = backoffMultiplier == 0 ? 2.0 : backoffMultiplier;
            maxBackoff = maxBackoff == null || maxBackoff.isZero() ? Duration.ofSeconds(5) : maxBackoff;
            failureRateThreshold = failureRateThreshold == 0 ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls == 0 ? 10 : minimumNumberOfCalls;
            waitInOpenState = waitInOpenState == null || waitInOpenState.isZero() ? Duration.ofSeconds(30) : waitInOpenState;
            permittedCallsInHalfOpenState = permittedCallsInHalfOpenState == 0 ? 3 : permittedCallsInHalfOpenState;
            maxConcurrentCalls = maxConcurrentCalls == 0 ? 25 : maxConcurrentCalls;
        }

        public static Policy defaults() {
            return new Policy(null, 0, null, 0, null, 0, 0, 0, null, 0, 0);
        }
    }
}
