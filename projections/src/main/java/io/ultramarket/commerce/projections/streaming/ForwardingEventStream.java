package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One of the store's streams, its events unchanged; a subclass decides how it reports that events are there. */
abstract class ForwardingEventStream implements BlockingStream<TrackedEventMessage<?>> {

    protected final BlockingStream<TrackedEventMessage<?>> delegate;

    ForwardingEventStream(BlockingStream<TrackedEventMessage<?>> delegate) {
        this.delegate = delegate;
    }

    @Override
    public abstract boolean setOnAvailableCallback(Runnable callback);

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
