package io.ultramarket.commerce.query.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the tail has read, and the rule for moving on. Global positions come from a sequence when a row is
 * inserted, but transactions commit in another order: position 7 can become visible after position 8, and a
 * rolled-back transaction leaves its position empty for ever. So the position only moves past a missing
 * one when it is seen, or when the event just above the gap is older than the gap timeout: the transaction
 * that took the missing position started before that event was written, and so has had the whole timeout
 * to commit. That is the rule of Axon's gap-aware tracking tokens (they compare the same timestamp), except
 * that nothing is emitted above an open gap: streams get contiguous runs, in order.
 *
 * <p>Not thread-safe: one tail run owns it and reads one batch at a time.
 */
final class GapAwarePosition {

    private final Duration gapTimeout;
    private long position;

    private GapAwarePosition(long position, Duration gapTimeout) {
        this.position = position;
        this.gapTimeout = gapTimeout;
    }

    /**
     * Where a tail starts: just before the first gap among the newest events that may still fill, or after
     * the newest event. Only recent positions are checked; a transaction still open behind all of them would
     * be past the gap timeout anyway.
     *
     * @param newest the newest stored events, in ascending order
     */
    static GapAwarePosition startingAt(List<LiveEvent> newest, Duration gapTimeout, Instant now) {
        var start = new GapAwarePosition(newest.isEmpty() ? 0 : newest.get(0).position() - 1, gapTimeout);
        start.advance(newest, now);
        return start;
    }

    long value() {
        return position;
    }

    /**
     * Moves along the events read after the current position and returns those that can be emitted now: a
     * contiguous run in store order, which stops below a gap that may still fill.
     *
     * @param read events with positions above the current one, in ascending order
     */
    List<LiveEvent> advance(List<LiveEvent> read, Instant now) {
        List<LiveEvent> run = new ArrayList<>();
        for (LiveEvent event : read) {
            if (event.position() <= position) {
                continue;
            }
            if (event.position() > position + 1 && gapMayStillFill(event, now)) {
                break;
            }
            run.add(event);
            position = event.position();
        }
        return run;
    }

    private boolean gapMayStillFill(LiveEvent eventAboveGap, Instant now) {
        return eventAboveGap.occurredAt().isAfter(now.minus(gapTimeout));
    }
}
