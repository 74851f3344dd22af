package io.ultramarket.commerce.cart;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every SKU ever added to a cart, read from the cart's own events in the event store (not the carts read
 * model, which may not show a line added a moment ago). Checkout prices these: the cart decides which of
 * them are still lines.
 */
@Component
class CartSkus {

    private static final String ADDED = "SELECT payload FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND type = 'Cart' AND payload_type = :payloadType";

    private final DatabaseClient database;
    private final ObjectMapper json;

    CartSkus(DatabaseClient database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    Mono<Set<Sku>> everAddedTo(UUID cartId) {
        return database.sql(ADDED)
                .bind("id", cartId.toString())
                .bind("payloadType", ItemAddedToCart.class.getName())
                .map(row -> row.get("payload", byte[].class))
                .all()
                .map(this::skuIn)
                .collect(Collectors.toSet());
    }

    private Sku skuIn(byte[] payload) {
        try {
            return Sku.of(json.readTree(payload).path("sku").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("an ItemAddedToCart payload is not JSON", e);
        }
    }
}
