package io.ultramarket.commerce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.problem.ResourceNotFound;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Whose cart or order something is, read from the event store's first event of the aggregate
 * ({@code CartCreated}, {@code OrderPlaced}: their {@code customerId} is part of the published contract).
 * The event store, not a read model: it knows a cart the moment it is created, so an owner never meets
 * a 404 for want of a projection having caught up. Owners never change, so they are cached.
 *
 * <p>A caller who may not act for the owner gets the same 404 as for something that does not exist, so
 * nobody learns which ids exist.
 */
@Component
public class Owners {

    private static final String FIRST_EVENT = "SELECT payload FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND sequence_number = 0 AND type = :type";

    private final DatabaseClient database;
    private final ObjectMapper json;
    private final Cache<UUID, UUID> owners = Caffeine.newBuilder().maximumSize(200_000).build();

    Owners(DatabaseClient database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Completes when the caller is the customer whose cart this is: only they may change or check it out. */
    public Mono<Void> requireOwnCart(UUID cartId, Caller caller) {
        return ownerOf(Owned.CART, cartId).filter(caller::isCustomer)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(Owned.CART.noun, cartId))).then();
    }

    /** Completes when the caller may see the cart: its customer, or staff who look after customers. */
    public Mono<Void> requireCartAccess(UUID cartId, Caller caller) {
        return requireAccess(Owned.CART, cartId, caller);
    }

    /** Completes when the caller may see or act on the order: its customer, or staff who look after customers. */
    public Mono<Void> requireOrderAccess(UUID orderId, Caller caller) {
        return requireAccess(Owned.ORDER, orderId, caller);
    }

    private Mono<Void> requireAccess(Owned kind, UUID id, Caller caller) {
        if (caller.looksAfterCustomers()) {
            return Mono.empty();
        }
        return ownerOf(kind, id).filter(caller::mayActFor)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(kind.noun, id))).then();
    }

    private Mono<UUID> ownerOf(Owned kind, UUID id) {
        UUID known = owners.getIfPresent(id);
        if (known != null) {
            return Mono.just(known);
        }
        // Nothing is cached for an id that does not exist (yet): it may be created a moment later.
        return database.sql(FIRST_EVENT)
                .bind("id", id.toString())
                .bind("type", kind.aggregateType)
                .map(row -> row.get("payload", byte[].class))
                .one()
                .map(this::customerIdIn)
                .doOnNext(owner -> owners.put(id, owner));
    }

    private UUID customerIdIn(byte[] payload) {
        try {
            JsonNode customerId = json.readTree(payload).path("customerId");
            return UUID.fromString(customerId.asText());
        } catch (IOException e) {
            throw new UncheckedIOException("a creation event's payload is not JSON", e);
        }
    }

    private enum Owned {
        CART("Cart", "cart"), ORDER("Order", "order");

        final String aggregateType;
        final String noun;

        Owned(String aggregateType, String noun) {
            this.aggregateType = aggregateType;
            this.noun = noun;
        }
    }
}
