package io.ultramarket.commerce.load;

import java.time.Duration;

/**
 * The phases of a run once the clients are prepared: warm-up, then the measured window, then stop. Only what
 * completes inside the window counts, so the JIT warm-up of both sides and the opening of connections stay
 * out of the figures, and requests still in flight at the stop are not counted at all rather than cut short.
 */
final class RunClock {

    private final Duration warmup;
    private final Duration measured;
    // Written once by start(), read by every client thread: volatile, with `started` written last.
    private volatile long measureFrom;
    private volatile long stopAt;
    private volatile boolean started;

    RunClock(Duration warmup, Duration measured) {
        this.warmup = warmup;
        this.measured = measured;
    }

    void start() {
        long now = System.nanoTime();
        measureFrom = now + warmup.toNanos();
        stopAt = measureFrom + measured.toNanos();
        started = true;
    }

    /** Time for the loops to stop starting new work. Before start() nothing is over. */
    boolean isOver() {
        return started && System.nanoTime() - stopAt >= 0;
    }

    /** Whether something that completed at this System.nanoTime() belongs in the figures. */
    boolean isMeasured(long completedAt) {
        return started && completedAt - measureFrom >= 0 && stopAt - completedAt > 0;
    }

    /** How long until the stop, for bounding the wait for the loops. */
    Duration remaining() {
        return started ? Duration.ofNanos(Math.max(0, stopAt - System.nanoTime())) : warmup.plus(measured);
    }

    Duration warmup() {
        return warmup;
    }

    /**
     * The measured time that had passed at this System.nanoTime(): none during the warm-up, at most the whole
     * window. A run that ends before the clock (a fixed number of steps, say) is measured up to its end.
     */
    Duration measuredUntil(long now) {
        if (!started) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.min(Math.max(0, now - measureFrom), measured.toNanos()));
    }
}
