package io.ultramarket.commerce.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.query.eventstore.StoredEvents;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One aggregate's events of some types, as the JSON they were stored as, in their order, read without blocking
 * through query-side's {@link StoredEvents} (one indexed read, never lagging like a read model). The payloads
 * are not upcast: a reader takes care of the revisions it may meet. For the API's few reads of the truth itself:
 * a cart's contents and currency, a customer's group.
 */
@Component
public class StoredPayloads {

    private final StoredEvents events;
    private final ObjectMapper json;

    StoredPayloads(DatabaseClient database, ObjectMapper json) {
        this.events = new StoredEvents(database);
        this.json = json;
    }

    /** One stored event's type (its class name) and payload. */
    public record StoredPayload(String type, JsonNode payload) {
    }

    /** The payloads of the {@code aggregateType} (e.g. {@code Cart}) {@code id}'s events of {@code eventTypes}. */
    public Flux<JsonNode> of(String aggregateType, UUID id, Class<?>... eventTypes) {
        return typed(aggregateType, id, eventTypes).map(StoredPayload::payload);
    }

    /**
     * As {@link #of}, the first {@code limit} only: for a fact settled by an aggregate's first events (a cart's
     * currency), read without fetching the rest of a long stream.
     */
    public Flux<JsonNode> first(int limit, String aggregateType, UUID id, Class<?>... eventTypes) {
        return events.ofAggregate(aggregateType, id.toString(), namesOf(eventTypes), limit).map(event -> read(event.payload()));
    }

    /** As {@link #of}, each payload with its event's type, for a reader that folds several types. */
    public Flux<StoredPayload> typed(String aggregateType, UUID id, Class<?>... eventTypes) {
        return events.ofAggregate(aggregateType, id.toString(), namesOf(eventTypes))
                .map(event -> new StoredPayload(event.payloadType(), read(event.payload())));
    }

    private static List<String> namesOf(Class<?>... eventTypes) {
        return Arrays.stream(eventTypes).map(Class::getName).toList();
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event's payload is not JSON", e);
        }
    }
}
