package io.ultramarket.commerce.query.live;

/**
 * What the shared tail emits, strictly in event-store order: each new event, and after every read the
 * position it has reached. A subscriber takes the first signal it receives, whatever it is, as the point
 * where it joined: everything up to that position is already committed, everything after it will follow.
 */
public sealed interface TailSignal permits LiveEvent, TailSignal.Reached {

    /** The global position (Axon's global index) of the event, or the one the tail has reached. */
    long position();

    /** The tail has emitted (or, for a timed-out gap, given up) everything up to this position. */
    record Reached(long position) implements TailSignal {
    }
}
