package io.ultramarket.commerce.projections.streaming;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;

/** The event store with streams of its own kind: tokens are the store's, each stream wraps one of the store's. */
abstract class ForwardingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    protected final StreamableMessageSource<TrackedEventMessage<?>> store;

    ForwardingEventSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }
}
