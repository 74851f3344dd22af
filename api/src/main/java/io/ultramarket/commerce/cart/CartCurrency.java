package io.ultramarket.commerce.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ultramarket.commerce.pricing.PricingProperties;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.UUID;

/**
 * The currency a cart is priced in, read from its own first events in the event store (not the carts read model,
 * which may not show a cart opened a moment ago): the one chosen when it was opened; for a cart opened before
 * carts had a currency, its first line's, or the default currency while it has none (ADR 0067). The Cart
 * applies the same rule to what it is sent.
 */
@Component
class CartCurrency {

    private static final String FIRST_EVENTS = "SELECT payload FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND type = 'Cart' AND payload_type IN (:created, :added)"
            + " ORDER BY sequence_number LIMIT 2";

    private final DatabaseClient database;
    private final ObjectMapper json;
    private final Currency defaultCurrency;

    CartCurrency(DatabaseClient database, ObjectMapper json, PricingProperties pricing) {
        this.database = database;
        this.json = json;
        this.defaultCurrency = pricing.defaultCurrency();
    }

    Mono<Currency> of(UUID cartId) {
        return database.sql(FIRST_EVENTS)
                .bind("id", cartId.toString())
                .bind("created", CartCreated.class.getName())
                .bind("added", ItemAddedToCart.class.getName())
                .map(row -> currencyIn(row.get("payload", byte[].class)))
                .all()
                .filter(code -> !code.isEmpty())
                .next()
                .map(Currency::getInstance)
                .defaultIfEmpty(defaultCurrency);
    }

    /** CartCreated's {@code currency}, or ItemAddedToCart's {@code unitPrice.currency}; empty when it has none. */
    private String currencyIn(byte[] payload) {
        try {
            JsonNode event = json.readTree(payload);
            JsonNode currency = event.has("unitPrice") ? event.path("unitPrice").path("currency") : event.path("currency");
            return currency.isTextual() ? currency.asText() : "";
        } catch (IOException e) {
            throw new UncheckedIOException("a cart event's payload is not JSON", e);
        }
    }
}
