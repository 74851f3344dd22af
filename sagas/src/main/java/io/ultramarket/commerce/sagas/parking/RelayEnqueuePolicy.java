package io.ultramarket.commerce.sagas.parking;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a relay (payment provider, carriers) does with an event whose call failed (ADR 0049). A remote that
 * is away ({@code unavailable}: its own "try later", or a transient failure of our infrastructure, see
 * {@link FailureClassification}) parks nothing: the failure is thrown on, the processor rolls the event
 * back and tries it again with back-off, so an outage delays the work and then catches up. Anything else
 * (the remote refuses the request itself, a bug) fails the same way every time: the event is parked at once
 * with the rest of its sequence, and the relay goes on with everyone else's.
 *
 * <p>Thrown on, not "do not enqueue": Axon's {@code DeadLetteringEventHandlerInvoker} treats that decision
 * as "skip the event" and swallows the failure, which would drop a capture or a refund in an outage. While
 * an operator retries a parked event, every failure leaves it parked ({@code requeue}): there a "do not
 * enqueue" would evict it, and a throw would abort the retry.
 */
public final class RelayEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    private final Class<? extends RuntimeException> unavailable;

    /** @param unavailable the remote's "no usable answer now" ({@code PaymentProviderUnavailable}, {@code CarrierUnavailable}) */
    public RelayEnqueuePolicy(Class<? extends RuntimeException> unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (retryingAParkedEvent()) {
            return Decisions.requeue(ThrowableCause.truncated(cause));
        }
        if (passesByItself(cause)) {
            throw propagated(cause);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    /** Whether the same call is worth making again later, by itself: the remote or our database was away. */
    public boolean passesByItself(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (unavailable.isInstance(cause)) {
                return true;
            }
        }
        return FailureClassification.isTransient(failure);
    }

    /** Axon runs an operator's retry in a unit of work that holds the letter; the processor's own holds none. */
    private static boolean retryingAParkedEvent() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    private static RuntimeException propagated(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
