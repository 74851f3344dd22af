package io.ultramarket.commerce.customer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.schemas.customer.RegisterCustomer;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

/**
 * Makes the customer record the first time a customer uses it: {@code RegisterCustomer} with the token's
 * subject, {@code email} and {@code name} claims. Whether the record exists is read from the event store
 * (a read model may not show a customer registered a moment ago) and cached, since records are never removed.
 */
@Component
class FirstUse {

    private static final String REGISTERED = "SELECT 1 FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND sequence_number = 0 AND type = 'Customer'";

    private final DatabaseClient database;
    private final CommandDispatcher commands;
    /** Customers known to have a record, with the position of their registration when this instance made it. */
    private final Cache<UUID, Optional<Long>> registered = Caffeine.newBuilder().maximumSize(200_000).build();

    FirstUse(DatabaseClient database, CommandDispatcher commands) {
        this.database = database;
        this.commands = commands;
    }

    /**
     * Completes once the customer has a record; with the event-store position of the registration when this
     * instance made it (on this and every later call), so a read can wait for the read model to show it.
     */
    Mono<Optional<Long>> ensureRegistered(UUID customerId, Jwt token, CommandContext context) {
        Optional<Long> known = registered.getIfPresent(customerId);
        if (known != null) {
            return Mono.just(known);
        }
        return database.sql(REGISTERED).bind("id", customerId.toString()).map(row -> Optional.<Long>empty()).one()
                .switchIfEmpty(Mono.defer(() -> register(customerId, token, context)))
                .doOnNext(registration -> registered.put(customerId, registration));
    }

    private Mono<Optional<Long>> register(UUID customerId, Jwt token, CommandContext context) {
        var command = new RegisterCustomer(customerId, token.getSubject(), token.getClaimAsString("email"),
                token.getClaimAsString("name"));
        return commands.send(context.withoutIdempotencyKey(), command,
                        ctx -> new PreparedCommand<>(command, customerId.toString(), customerId))
                .map(receipt -> receipt.position().isPresent()
                        ? Optional.of(receipt.position().getAsLong()) : Optional.<Long>empty())
                // Two first requests at once: the other one registered the customer.
                .onErrorResume(error -> error instanceof AggregateStreamCreationException
                        || error instanceof ConcurrencyException, error -> Mono.just(Optional.empty()));
    }
}
