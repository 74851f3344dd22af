package io.ultramarket.commerce;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads an aggregate's events back from the real event store, as an auditor would. */
@Component
public class StoredEvents {

    private final EventStore eventStore;

    StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<? extends DomainEventMessage<?>> of(Object aggregateIdentifier) {
        return eventStore.readEvents(aggregateIdentifier.toString()).asStream().toList();
    }

    public List<Class<?>> typesOf(Object aggregateIdentifier) {
        return of(aggregateIdentifier).stream().<Class<?>>map(DomainEventMessage::getPayloadType).toList();
    }
}
