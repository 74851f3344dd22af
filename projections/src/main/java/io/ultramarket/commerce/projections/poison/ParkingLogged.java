package io.ultramarket.commerce.projections.poison;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's default decision (park the failing event, with its cause), told in the log: a parked event holds
 * back its sequence until an operator retries it, and the operator's first look is the log, where Axon itself
 * says nothing above DEBUG. A retry that fails again is told as well. A failure that cannot be parked in its
 * transaction ({@link RetryBatchInSavepoints}) is thrown on, so that its batch fails whole and is tried again.
 */
final class ParkingLogged implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingLogged.class);

    private final String handler;

    ParkingLogged(Class<?> handlerType) {
        this.handler = handlerType.getSimpleName();
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause instanceof RetryBatchInSavepoints retry) {
            throw retry;
        }
        EventMessage<?> event = letter.message();
        String aggregate = event instanceof DomainEventMessage<?> domain
                ? " of " + domain.getType() + " " + domain.getAggregateIdentifier() + " #" + domain.getSequenceNumber() : "";
        log.warn("{} parked event {} ({}{}); its sequence waits for an operator (/admin/dead-letters)", handler,
                event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregate, cause);
        return Decisions.enqueue(cause);
    }
}
