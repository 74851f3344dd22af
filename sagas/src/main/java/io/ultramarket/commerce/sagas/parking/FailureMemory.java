package io.ultramarket.commerce.sagas.parking;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often each event has failed in the saga so far. A failed attempt rolls back its whole transaction, so
 * the count cannot live in the database; it lives here, on the instance that holds the processor's claim.
 * A restart or a claim moving to another instance starts counting again: at worst a few more retries.
 */
class FailureMemory {

    private final PoisonProperties rules;
    private final Map<String, SagaFailure> failures = new ConcurrentHashMap<>();

    FailureMemory(PoisonProperties rules) {
        this.rules = rules;
    }

    SagaFailure failed(String eventId, Throwable failure) {
        return failures.compute(eventId, (id, earlier) -> SagaFailure.of(failure, earlier == null ? 1 : earlier.attempts() + 1));
    }

    /** The failure that decided to park this event, if it did: a permanent one, or the last allowed attempt. */
    Optional<SagaFailure> parkingDecision(String eventId) {
        return Optional.ofNullable(failures.get(eventId)).filter(this::parks);
    }

    /** How long to wait before the processor tries this event again; zero once it is to be parked. */
    Duration backoffBefore(String eventId) {
        SagaFailure failure = failures.get(eventId);
        return failure == null || parks(failure) ? Duration.ZERO : rules.backoffAfter(failure.attempts());
    }

    void forget(String eventId) {
        failures.remove(eventId);
    }

    private boolean parks(SagaFailure failure) {
        return !failure.transientFailure() || failure.attempts() >= rules.retryAttempts();
    }
}
