package io.ultramarket.commerce.sagas.resilience;

import java.time.Duration;

/** Policies for tests: short waits, so that backoff and open circuits cost milliseconds. */
final class Policies {

    private Policies() {
    }

    static ResilienceProperties.Policy quick(int maxAttempts, float failureRateThreshold, int maxConcurrentCalls) {
        return new ResilienceProperties.Policy(Duration.ofSeconds(2), maxAttempts, Duration.ofMillis(20), 2.0,
                Duration.ofMillis(200), failureRateThreshold, 10, 4, Duration.ofMinutes(1), 1, maxConcurrentCalls);
    }

    static ProviderResilienceFactory factory(ResilienceProperties.Policy payments) {
        return new ProviderResilienceFactory(new ResilienceProperties(payments, payments));
    }
}
