package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.schemas.cart.CartClaimed;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Whose cart or order something is, read from the event store: the creation event of the aggregate
 * ({@code CartCreated}, {@code OrderPlaced}: their {@code customerId} is part of the published contract),
 * or a cart's {@code CartClaimed} when a customer took a guest's cart over. The event store, not a read
 * model: it knows a cart the moment it is created, so an owner never meets a 404 for want of a projection
 * having caught up.
 *
 * <p>An owner that can no longer change is cached: a customer's cart or any order. A guest's cart is read
 * every time, since a claim (on this instance or another) moves it to a customer and its token must stop
 * opening it at once.
 *
 * <p>A caller who may not act for the owner gets the same 404 as for something that does not exist, so
 * nobody learns which ids exist.
 */
@Component
public class Owners {

    private final DatabaseClient database;
    private final ObjectMapper json;
    private final Cache<UUID, UUID> settled = Caffeine.newBuilder().maximumSize(200_000).build();

    Owners(DatabaseClient database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Completes when the cart is the caller's, a customer's or a guest's: only they may change or check it out. */
    public Mono<Void> requireOwnCart(UUID cartId, Caller caller) {
        return ownerOf(Owned.CART, cartId).filter(owner -> caller.isCustomer(owner.customerId()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(Owned.CART.noun, cartId))).then();
    }

    /**
     * Completes when the customer may claim the cart with this guest id: it is that guest's, or already
     * theirs (a retried claim). Anything else is a cart they cannot see.
     */
    public Mono<Void> requireClaimable(UUID cartId, UUID guestId, Caller customer) {
        return ownerOf(Owned.CART, cartId)
                .filter(owner -> owner.guest() ? owner.customerId().equals(guestId) : customer.isCustomer(owner.customerId()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(Owned.CART.noun, cartId))).then();
    }

    /** Completes when the caller may see the cart: its shopper, or staff who look after customers. */
    public Mono<Void> requireCartAccess(UUID cartId, Caller caller) {
        return requireAccess(Owned.CART, cartId, caller);
    }

    /** Completes when the caller may see or act on the order: its shopper, or staff who look after customers. */
    public Mono<Void> requireOrderAccess(UUID orderId, Caller caller) {
        return requireAccess(Owned.ORDER, orderId, caller);
    }

    private Mono<Void> requireAccess(Owned kind, UUID id, Caller caller) {
        if (caller.looksAfterCustomers()) {
            return Mono.empty();
        }
        return ownerOf(kind, id).filter(owner -> caller.mayActFor(owner.customerId()))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(kind.noun, id))).then();
    }

    private Mono<Owner> ownerOf(Owned kind, UUID id) {
        UUID known = settled.getIfPresent(id);
        if (known != null) {
            return Mono.just(new Owner(known, false));
        }
        // Nothing is cached for an id that does not exist (yet): it may be created a moment later.
        return database.sql(kind.latestOwnerEvent)
                .bind("id", id.toString())
                .map(row -> row.get("payload", byte[].class))
                .one()
                .map(this::ownerIn)
                .doOnNext(owner -> {
                    if (!owner.guest()) {
                        settled.put(id, owner.customerId());
                    }
                });
    }

    private Owner ownerIn(byte[] payload) {
        try {
            JsonNode event = json.readTree(payload);
            return new Owner(UUID.fromString(event.path("customerId").asText()), event.path("guest").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException("an owner's event payload is not JSON", e);
        }
    }

    /** A cart's or order's customer; a guest's cart may still be claimed by a customer. */
    private record Owner(UUID customerId, boolean guest) {
    }

    private enum Owned {
        CART("cart", "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND type = 'Cart'"
                + " AND (sequence_number = 0 OR payload_type = '" + CartClaimed.class.getName() + "')"
                + " ORDER BY sequence_number DESC LIMIT 1"),
        ORDER("order", "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND type = 'Order'"
                + " AND sequence_number = 0");

        final String noun;
        final String latestOwnerEvent;

        Owned(String noun, String latestOwnerEvent) {
            this.noun = noun;
            this.latestOwnerEvent = latestOwnerEvent;
        }
    }
}
