package io.ultramarket.commerce.sagas.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * The protection of one provider's calls. From the inside out: the time limiter bounds each attempt (a
 * timeout counts as "unavailable"), the bulkhead caps the calls in flight, the circuit breaker counts
 * "unavailable" answers and, when open, refuses calls without trying, and the retry repeats an
 * "unavailable" attempt with exponential backoff. Rejections by the circuit breaker or the bulkhead are
 * not retried (the provider was not even asked) and reach the caller as "unavailable" at once.
 *
 * <p>Every call is retried: the ports promise that each one is idempotent at the provider (ADR 0018).
 * The call must be cold: each retry subscribes to it again, which must ask the provider again.
 *
 * @param <U> the port's "unavailable" exception, the only failure that is retried and that trips the circuit
 */
public final class ProviderResilience<U extends RuntimeException> {

    private final String name;
    private final TimeLimiter timeLimiter;
    private final Bulkhead bulkhead;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final BiFunction<String, Throwable, U> unavailable;

    ProviderResilience(String name, TimeLimiter timeLimiter, Bulkhead bulkhead, CircuitBreaker circuitBreaker,
                       Retry retry, BiFunction<String, Throwable, U> unavailable) {
        this.name = name;
        this.timeLimiter = timeLimiter;
        this.bulkhead = bulkhead;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.unavailable = unavailable;
    }

    public <T> Mono<T> protect(Mono<T> call) {
        return call
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .onErrorMap(TimeoutException.class, this::timedOut)
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(ProviderResilience::refusedWithoutTrying, this::refused);
    }

    public <T> Flux<T> protect(Flux<T> call) {
        return call
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .onErrorMap(TimeoutException.class, this::timedOut)
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorMap(ProviderResilience::refusedWithoutTrying, this::refused);
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private U timedOut(Throwable timeout) {
        return unavailable.apply(name + " did not answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(),
                timeout);
    }

    private U refused(Throwable rejection) {
        return unavailable.apply(name + " was not called: " + rejection.getMessage(), rejection);
    }

    private static boolean refusedWithoutTrying(Throwable error) {
        return error instanceof CallNotPermittedException || error instanceof BulkheadFullException;
    }
}
