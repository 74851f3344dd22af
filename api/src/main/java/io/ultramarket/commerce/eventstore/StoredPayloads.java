package io.ultramarket.commerce.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;

/**
 * One aggregate's events of some types, as the JSON they were stored as, in their order, read without blocking
 * (one indexed read, never lagging like a read model). The payloads are not upcast: a reader takes care of the
 * revisions it may meet. For the API's few reads of the truth itself: the SKUs a cart ever held, a cart's
 * currency, a customer's group.
 */
@Component
public class StoredPayloads {

    private static final String PAYLOADS = "SELECT payload FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND type = :type AND payload_type = ANY(:payloadTypes)"
            + " ORDER BY sequence_number";

    private final DatabaseClient database;
    private final ObjectMapper json;

    StoredPayloads(DatabaseClient database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The payloads of the {@code aggregateType} (e.g. {@code Cart}) {@code id}'s events of {@code eventTypes}. */
    public Flux<JsonNode> of(String aggregateType, UUID id, Class<?>... eventTypes) {
        return database.sql(PAYLOADS)
                .bind("id", id.toString())
                .bind("type", aggregateType)
                .bind("payloadTypes", Arrays.stream(eventTypes).map(Class::getName).toArray(String[]::new))
                .map(row -> row.get("payload", byte[].class))
                .all()
                .map(this::read);
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event's payload is not JSON", e);
        }
    }
}
