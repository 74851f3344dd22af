package io.ultramarket.commerce.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/**
 * A stored event as Axon's JDBC engine reads it, but with its timestamp read from the stored text once, when the row is
 * read, where Axon's entry parses the text at every call. The serialized payload and metadata are handed out as Axon's
 * entry hands them out.
 */
record ReadOnceEventEntry<T>(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                             Instant timestamp, String payloadType, String payloadRevision, T payload, T metaData)
        implements DomainEventData<T> {

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateIdentifier;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SerializedObject<T> getMetaData() {
        return new SerializedMetaData<>(metaData, (Class<T>) metaData.getClass());
    }

    @Override
    @SuppressWarnings("unchecked")
    public SerializedObject<T> getPayload() {
        return new SimpleSerializedObject<>(payload, (Class<T>) payload.getClass(), payloadType, payloadRevision);
    }
}
