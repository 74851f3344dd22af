package io.ultramarket.commerce.cart;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.eventstore.StoredPayloads;
import io.ultramarket.commerce.eventstore.StoredPayloads.StoredPayload;
import io.ultramarket.commerce.schemas.cart.CartCreated;
import io.ultramarket.commerce.schemas.cart.CartDestinationSelected;
import io.ultramarket.commerce.schemas.cart.CartItemQuantityChanged;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.cart.ItemRemovedFromCart;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.Destination;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A cart as its own events say it is now, read from the event store in one read (not the carts read model, which
 * may not show a line added a moment ago): its currency (by {@link CartCurrency}'s rule), every SKU ever added
 * (checkout prices these, and the cart decides which of them are still lines), the units of each line (a shipping
 * quote is for this parcel) and the destination.
 */
@Component
class CartContents {

    /** The cart's currency, SKUs ever added, its lines' units by SKU, and its destination if one was set. */
    record Contents(Currency currency, Set<Sku> everAdded, Map<Sku, Integer> units, Optional<Destination> destination) {

        int totalUnits() {
            return units.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final StoredPayloads events;
    private final CartCurrency currencies;

    CartContents(StoredPayloads events, CartCurrency currencies) {
        this.events = events;
        this.currencies = currencies;
    }

    Mono<Contents> of(UUID cartId) {
        return events.typed("Cart", cartId, CartCreated.class, ItemAddedToCart.class, CartItemQuantityChanged.class,
                        ItemRemovedFromCart.class, CartDestinationSelected.class)
                .collectList()
                .map(this::fold);
    }

    private Contents fold(List<StoredPayload> events) {
        Currency currency = null;
        Set<Sku> everAdded = new HashSet<>();
        Map<Sku, Integer> units = new LinkedHashMap<>();
        Destination destination = null;
        for (StoredPayload event : events) {
            JsonNode payload = event.payload();
            String type = event.type();
            if (currency == null) {
                currency = CartCurrency.currencyIn(payload).orElse(null); // CartCreated's, or a line's unit price's
            }
            if (type.equals(CartCreated.class.getName())) {
                continue;
            }
            if (type.equals(CartDestinationSelected.class.getName())) {
                JsonNode set = payload.path("destination");
                destination = new Destination(set.path("country").asText(),
                        set.path("region").isTextual() ? set.path("region").asText() : null);
                continue;
            }
            Sku sku = Sku.of(payload.path("sku").asText());
            if (type.equals(ItemAddedToCart.class.getName())) {
                everAdded.add(sku);
                units.put(sku, payload.path("lineQuantity").asInt());
            } else if (type.equals(CartItemQuantityChanged.class.getName())) {
                units.put(sku, payload.path("quantity").asInt());
            } else {
                units.remove(sku);
            }
        }
        return new Contents(currency == null ? currencies.defaultCurrency() : currency, everAdded, units,
                Optional.ofNullable(destination));
    }
}
