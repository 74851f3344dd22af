package io.ultramarket.commerce.projections.poison;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.util.List;

/**
 * An event a batch writer did not write: refused by the target ({@code cause}), or held back without a
 * cause because an earlier event of its sequence was refused, which keeps the sequence in order.
 */
public record Refusal(EventMessage<?> event, Object sequence, Throwable cause) {

    /** Parks the refused events in the processor's queue, in their order, in the caller's transaction. */
    public static void park(List<Refusal> refusals, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        for (Refusal refusal : refusals) {
            queue.enqueue(refusal.sequence(), refusal.cause() == null
                    ? new GenericDeadLetter<>(refusal.sequence(), refusal.event())
                    // Truncated as Axon's own policy does: the table keeps 1023 characters of the message.
                    : new GenericDeadLetter<>(refusal.sequence(), refusal.event(), ThrowableCause.truncated(refusal.cause(), 1000)));
        }
    }
}
