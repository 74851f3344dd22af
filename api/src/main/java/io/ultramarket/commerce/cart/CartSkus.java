package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.eventstore.StoredPayloads;
import io.ultramarket.commerce.schemas.cart.ItemAddedToCart;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

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

    private final StoredPayloads events;

    CartSkus(StoredPayloads events) {
        this.events = events;
    }

    Mono<Set<Sku>> everAddedTo(UUID cartId) {
        return events.of("Cart", cartId, ItemAddedToCart.class)
                .map(added -> Sku.of(added.path("sku").asText()))
                .collect(Collectors.toSet());
    }
}
