package io.ultramarket.commerce.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.eventstore.StoredPayloads;
import io.ultramarket.commerce.pricing.PricingProperties;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * The currency a cart is priced in, read from its own first events in the event store (not the carts read model,
 * which may not show a cart opened a moment ago): the one chosen when it was opened; for a cart opened before
 * carts had a currency, its first line's, or the default currency while it has none (ADR 0067). The Cart
 * applies the same rule to what it is sent; a checkout reads it with the cart's contents, in one read
 * ({@link CartContents}). Once an event named it, a cart's currency never changes: it is remembered, like a
 * cart's settled owner ({@code Owners}), so that adding a line reads the store once less.
 */
@Component
class CartCurrency {

    private final StoredPayloads events;
    private final Currency defaultCurrency;
    private final Cache<UUID, Currency> named = Caffeine.newBuilder().maximumSize(200_000).build();

    CartCurrency(StoredPayloads events, PricingProperties pricing) {
        this.events = events;
        this.defaultCurrency = pricing.defaultCurrency();
    }

    Mono<Currency> of(UUID cartId) {
        Currency known = named.getIfPresent(cartId);
        if (known != null) {
            return Mono.just(known);
        }
        // The cart opened with its currency, or (before carts had one) its first line named it: two events at most.
        // The default, for a cart whose events name none yet, is not remembered: its first line may name another.
        return events.first(2, "Cart", cartId, CartCreated.class, ItemAddedToCart.class)
                .flatMap(event -> Mono.justOrEmpty(currencyIn(event)))
                .next()
                .doOnNext(currency -> named.put(cartId, currency))
                .defaultIfEmpty(defaultCurrency);
    }

    /** The default currency, for a cart whose events name none (yet). */
    Currency defaultCurrency() {
        return defaultCurrency;
    }

    /**
     * The currency a CartCreated (its {@code currency}, revision 3 on) or ItemAddedToCart (its
     * {@code unitPrice.currency}) names; the first event of a cart that names one is the cart's.
     */
    static Optional<Currency> currencyIn(JsonNode event) {
        JsonNode code = event.has("unitPrice") ? event.path("unitPrice").path("currency") : event.path("currency");
        return code.isTextual() ? Optional.of(Currency.getInstance(code.asText())) : Optional.empty();
    }
}
