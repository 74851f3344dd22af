package io.ultramarket.commerce.projections.poison;

import org.axonframework.eventhandling.EventMessage;

/**
 * An event and what a batch writer makes of it (fact rows, a Kafka record), with its dead-letter sequence:
 * enough to write it alone, and to park it, when its batch fails.
 */
public record Writable<T>(EventMessage<?> event, Object sequence, T written) {
}
