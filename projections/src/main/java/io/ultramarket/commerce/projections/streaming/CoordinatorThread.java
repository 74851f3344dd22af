package io.ultramarket.commerce.projections.streaming;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a pooled processor's coordinator, which looks again soon when its work packages were full (ADR 0090).
 *
 * <p>Axon's coordinator hands a work package at most 1,024 events; when one is full it looks again after a fixed
 * 100 ms, and no worker's progress wakes it sooner. While a processor catches up (a replay, a restart behind the
 * store), a worker handles those events in a few tens of milliseconds and then waits for the rest of the 100 ms:
 * the coordinator's pause, not the work, set the pace. Here every pause of up to {@link #FULL_QUEUE_BACKOFF} is
 * shortened to {@link #RECHECK}; Axon 4's coordinator pauses that briefly for nothing else. Its other pauses (no
 * events yet, the claims' upkeep, the back-off after an error) are left as they are.
 */
final class CoordinatorThread extends ScheduledThreadPoolExecutor {

    /** Axon's pause when a work package is full: {@code Coordinator.CoordinationTask#run}, Axon 4.13. */
    static final Duration FULL_QUEUE_BACKOFF = Duration.ofMillis(100);
    /** A coordination round while queues are full costs microseconds: looking every few milliseconds is cheap. */
    static final Duration RECHECK = Duration.ofMillis(5);

    CoordinatorThread(ThreadFactory threads) {
        super(1, threads);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay);
        if (nanos > RECHECK.toNanos() && nanos <= FULL_QUEUE_BACKOFF.toNanos()) {
            return super.schedule(command, RECHECK.toNanos(), TimeUnit.NANOSECONDS);
        }
        return super.schedule(command, delay, unit);
    }
}
