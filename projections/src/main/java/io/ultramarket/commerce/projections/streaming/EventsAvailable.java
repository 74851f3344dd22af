package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The event store as the pooled processors read it, with streams that say when new events are there
 * (ADR 0055). A pooled processor asks its stream for such a callback; the embedded event store's streams
 * have none, so an idle processor looked for new events only every 500 ms, and a read that waits for its
 * own write (read-your-writes) waited that long. Here one stream of its own follows the head of the store
 * on a thread of its own: the store's producer wakes it, as every tailing stream, once it has fetched new
 * events (after a commit of this instance, or another's that {@code CommitNotifications} reports), and it
 * runs every open stream's callback. The processors' own streams are the store's, unchanged.
 */
public final class EventsAvailable extends ForwardingEventSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventsAvailable.class);
    private static final Duration AFTER_A_FAILURE = Duration.ofSeconds(1);

    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private Thread follower;
    private volatile boolean closed;

    public EventsAvailable(StreamableMessageSource<TrackedEventMessage<?>> store) {
        super(store);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        // Started on the first stream, once the processors run: by then the store's tables exist.
        startFollowing();
        return new SignalledStream(store.openStream(trackingToken));
    }

    private synchronized void startFollowing() {
        if (follower == null && !closed) {
            follower = new Thread(this::follow, "events-available");
            follower.setDaemon(true);
            follower.start();
        }
    }

    private void follow() {
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken())) {
                while (!closed) {
                    head.nextAvailable();
                    // What the producer fetched with it is there too: one round of callbacks for all of it.
                    while (head.hasNextAvailable()) {
                        head.nextAvailable();
                    }
                    callbacks.forEach(Runnable::run);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The store unreachable for a moment: the processors still look every few seconds on their own.
                log.warn("Following the event store's head failed; again in {}", AFTER_A_FAILURE, e);
                try {
                    Thread.sleep(AFTER_A_FAILURE.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (follower != null) {
            follower.interrupt();
        }
    }

    /** One of the store's streams, whose availability callback the follower runs. */
    private final class SignalledStream extends ForwardingEventStream {

        private volatile Runnable callback;

        private SignalledStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            super(delegate);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            super.close();
        }
    }
}
