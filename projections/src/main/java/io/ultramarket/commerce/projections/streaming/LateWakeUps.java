package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store as a processor that nobody waits for reads it: its streams say that events came a while after
 * they came, not at once (ADR 0111). An idle pooled processor reads the store only when its stream says so; told
 * at once, it takes each order's events one or two at a time, and each such batch is a transaction of its own
 * with its token's update and a durable commit. Told {@code delay} later, it takes in one batch what came
 * meanwhile. Only the wake-up of an idle processor waits: one that is still reading reads on, and the events,
 * their order and the token's place in the same transaction are the store's, unchanged.
 */
final class LateWakeUps extends ForwardingEventSource {

    private final Duration delay;
    private final ScheduledExecutorService timer;

    /** @param timer where the delayed wake-ups wait; a wake-up only schedules the processor's coordinator */
    LateWakeUps(StreamableMessageSource<TrackedEventMessage<?>> store, Duration delay, ScheduledExecutorService timer) {
        super(store);
        this.delay = delay;
        this.timer = timer;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new LateStream(store.openStream(trackingToken));
    }

    /** One of the store's streams, whose availability callback runs {@code delay} after the first event it reports. */
    private final class LateStream extends ForwardingEventStream {

        private final AtomicBoolean wakeUpPending = new AtomicBoolean();

        private LateStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            super(delegate);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return delegate.setOnAvailableCallback(() -> wakeUpLater(callback));
        }

        /** Many reports within one delay make one wake-up: the processor then reads all they reported. */
        private void wakeUpLater(Runnable callback) {
            if (!wakeUpPending.compareAndSet(false, true)) {
                return;
            }
            try {
                timer.schedule(() -> {
                    wakeUpPending.set(false);
                    callback.run();
                }, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                // The processor is shutting down: there is nobody left to wake.
                wakeUpPending.set(false);
            }
        }
    }
}
