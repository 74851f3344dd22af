package io.ultramarket.commerce.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A stream of the event store that hands its reader events of its own, made from their stored form (ADR 0086).
 *
 * <p>Axon's embedded store keeps its recent events in one cache that every caught-up stream reads, and an event read
 * from storage deserialises its payload and metadata once, for whichever reader opens it first. A reader that comes
 * to the same event later (a processor that lags, a batch read again after a failure, a segment taken over) would be
 * handed what the first one opened: personal fields decrypted before their subject's erasure included. Each copy here
 * opens them when its own reader first asks, as a stream reading storage privately does.
 */
final class EventsOfItsOwn implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> shared;
    /** The event store's serializer: the one its events were read with, so their stored form is taken as it is. */
    private final Serializer serializer;
    /** The last event copied and its copy: a peek and the read after it hand out the same copy. */
    private TrackedEventMessage<?> lastShared;
    private TrackedEventMessage<?> lastCopy;

    EventsOfItsOwn(BlockingStream<TrackedEventMessage<?>> shared, Serializer serializer) {
        this.shared = shared;
        this.serializer = serializer;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return shared.peek().map(this::ownCopy);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return shared.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return ownCopy(shared.nextAvailable());
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        shared.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return shared.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        shared.close();
    }

    private TrackedEventMessage<?> ownCopy(TrackedEventMessage<?> event) {
        if (event != lastShared) {
            lastCopy = copyOf(event, serializer);
            lastShared = event;
        }
        return lastCopy;
    }

    /**
     * The event again from its stored payload and metadata, not yet deserialised. Given the serializer that read
     * the event, Axon hands the stored form over as it is, without deserialising the shared event.
     */
    static TrackedEventMessage<?> copyOf(TrackedEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        SerializedMessage<?> unopened = new SerializedMessage<>(event.getIdentifier(), payload, metaData, serializer);
        if (event instanceof DomainEventMessage<?> domain) {
            return new GenericTrackedDomainEventMessage<>(event.trackingToken(), domain.getType(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), unopened, event::getTimestamp);
        }
        return new GenericTrackedEventMessage<>(event.trackingToken(), unopened, event::getTimestamp);
    }
}
