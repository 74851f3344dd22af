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

    /** The payload of the aggregate's first event of {@code type}. */
    public <T> T first(Object aggregateIdentifier, Class<T> type) {
        return of(aggregateIdentifier).stream().map(DomainEventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()
                        + " of " + aggregateIdentifier));
    }

    public List<Class<?>> typesOf(Object aggregateIdentifier) {
        return of(aggregateIdentifier).stream().<Class<?>>map(DomainEventMessage::getPayloadType).toList();
    }
}
