package io.ultramarket.commerce.projections.poison;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;

import java.util.Optional;

/**
 * Whoever runs processors with dead-letter queues in this instance (the read models' runtime, analytics,
 * the integration events publisher, Axon's configuration for the relays): finds the one that can retry the
 * letters of a processing group.
 */
public interface DeadLetterProcessors {

    Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLettersOf(String processorName);
}
