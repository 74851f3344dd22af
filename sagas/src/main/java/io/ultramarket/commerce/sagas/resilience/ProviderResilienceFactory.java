package io.ultramarket.commerce.sagas.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.shipping.CarrierUnavailable;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * Builds the {@link ProviderResilience} of each provider from its policy, keeping the Resilience4j
 * instances in registries whose states are published as metrics ({@code resilience4j_circuitbreaker_state},
 * {@code resilience4j_bulkhead_available_concurrent_calls}, {@code resilience4j_retry_calls}, ...), tagged
 * with the instance's name: {@code payments}, or {@code carrier-<name>}.
 */
public final class ProviderResilienceFactory {

    public static final String PAYMENTS = "payments";

    private final ResilienceProperties properties;
    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();

    public ProviderResilienceFactory(ResilienceProperties properties) {
        this.properties = properties;
    }

    /** Publishes the states of every instance, present and future, to {@code meters}. */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meters);
    }

    public ProviderResilience<PaymentProviderUnavailable> forPayments() {
        return build(PAYMENTS, properties.payments(), PaymentProviderUnavailable.class, PaymentProviderUnavailable::new);
    }

    public ProviderResilience<CarrierUnavailable> forCarrier(String carrierName) {
        return build("carrier-" + carrierName, properties.carriers(), CarrierUnavailable.class, CarrierUnavailable::new);
    }

    private <U extends RuntimeException> ProviderResilience<U> build(String name, ResilienceProperties.Policy policy,
            Class<U> unavailableType, BiFunction<String, Throwable, U> unavailable) {
        var timeLimiter = timeLimiters.timeLimiter(name, TimeLimiterConfig.custom()
                .timeoutDuration(policy.timeout())
                .cancelRunningFuture(true)
                .build());
        // Reactive callers must never wait for a permit: a full bulkhead refuses at once.
        var bulkhead = bulkheads.bulkhead(name, BulkheadConfig.custom()
                .maxConcurrentCalls(policy.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        var circuitBreaker = circuitBreakers.circuitBreaker(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                .failureRateThreshold(policy.failureRateThreshold())
                .waitDurationInOpenState(policy.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpenState())
                // A refusal (4xx, decline) says the provider is up; only "unavailable" counts against it.
                .recordExceptions(unavailableType)
                .ignoreExceptions(BulkheadFullException.class)
                .build());
        var retry = retries.retry(name, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(policy.initialBackoff(),
                        policy.backoffMultiplier(), policy.maxBackoff()))
                .retryExceptions(unavailableType)
                .build());
        return new ProviderResilience<>(name, timeLimiter, bulkhead, circuitBreaker, retry, unavailable);
    }
}
