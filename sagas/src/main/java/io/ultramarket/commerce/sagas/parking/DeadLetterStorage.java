package io.ultramarket.commerce.sagas.parking;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Where a relay's parked events are kept: the app answers the queue of a processing group (the one
 * {@code dead_letter_entry} table that every processor parks in and operators list, ADR 0041, 0049). The
 * sagas decide what is parked and by which sequence; the storage is the app's, which this module does not see.
 */
@FunctionalInterface
public interface DeadLetterStorage {

    SequencedDeadLetterQueue<EventMessage<?>> queueOf(String processingGroup);
}
