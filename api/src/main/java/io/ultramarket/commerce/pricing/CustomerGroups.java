package io.ultramarket.commerce.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.customer.CustomerGroupChanged;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer group staff put a customer in, read from the customer's own last {@link CustomerGroupChanged} in
 * the event store (one indexed read, like the cart's SKUs at checkout): a group price applies from the moment the
 * change is accepted, without waiting for a read model.
 */
@Component
class CustomerGroups {

    private static final String LAST_CHANGE = "SELECT payload FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND type = 'Customer' AND payload_type = :payloadType"
            + " ORDER BY sequence_number DESC LIMIT 1";

    private final DatabaseClient database;
    private final ObjectMapper json;

    CustomerGroups(DatabaseClient database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The customer's group; none for a guest, a customer without a record, or one in no group. */
    Mono<Optional<CustomerGroup>> of(Optional<UUID> customerId) {
        if (customerId.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return database.sql(LAST_CHANGE)
                .bind("id", customerId.get().toString())
                .bind("payloadType", CustomerGroupChanged.class.getName())
                .map(row -> groupIn(row.get("payload", byte[].class)))
                .one()
                .defaultIfEmpty(Optional.empty());
    }

    private Optional<CustomerGroup> groupIn(byte[] payload) {
        try {
            JsonNode group = json.readTree(payload).path("group");
            return group.isTextual() ? Optional.of(CustomerGroup.of(group.asText())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("a CustomerGroupChanged payload is not JSON", e);
        }
    }
}
