package io.ultramarket.commerce.snapshot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon's event storage with sealed snapshots (ADR 0044): every snapshot it stores gets a seal, and a snapshot
 * it loads is handed to Axon only when its seal matches its row and the chain hash of the event it was taken
 * at. Otherwise it is ignored, and Axon rebuilds the aggregate from its events, which the chain and the
 * append-only rights protect. Events themselves pass through untouched.
 */
class SealedSnapshotStorage implements EventStorageEngine {

    static final String LOADED = "commerce.snapshots.loaded";
    private static final Logger log = LoggerFactory.getLogger(SealedSnapshotStorage.class);

    private final EventStorageEngine delegate;
    private final SnapshotRows rows;
    private final SnapshotSeal seal;
    private final Counter accepted;
    private final Counter rejected;

    SealedSnapshotStorage(EventStorageEngine delegate, SnapshotRows rows, SnapshotSeal seal, MeterRegistry meters) {
        this.delegate = delegate;
        this.rows = rows;
        this.seal = seal;
        this.accepted = loaded(meters, "accepted");
        this.rejected = loaded(meters, "rejected");
    }

    private static Counter loaded(MeterRegistry meters, String outcome) {
        return Counter.builder(LOADED).tag("outcome", outcome)
                .description("Snapshots loaded: accepted with a matching seal, or rejected and the aggregate rebuilt from its events")
                .register(meters);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
        // Sealed from the row as stored: the bytes a later load will read, whatever the serializer made of it.
        rows.find(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber()).ifPresent(stored -> {
            if (stored.eventHash() == null) {
                log.warn("Snapshot of {} at sequence {} left unsealed: no stored event at that sequence",
                        stored.aggregateId(), stored.sequenceNumber());
                return;
            }
            rows.seal(stored.aggregateId(), stored.sequenceNumber(), seal.of(stored));
        });
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<DomainEventMessage<?>> snapshot = delegate.readSnapshot(aggregateIdentifier);
        if (snapshot.isEmpty()) {
            return snapshot;
        }
        long sequenceNumber = snapshot.get().getSequenceNumber();
        boolean sealed = rows.find(aggregateIdentifier, sequenceNumber).filter(seal::matches).isPresent();
        if (sealed) {
            accepted.increment();
            return snapshot;
        }
        rejected.increment();
        log.warn("Snapshot of {} at sequence {} ignored: its seal is missing or does not match the snapshot and the "
                + "event it covers; the aggregate is rebuilt from its events", aggregateIdentifier, sequenceNumber);
        return Optional.empty();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
