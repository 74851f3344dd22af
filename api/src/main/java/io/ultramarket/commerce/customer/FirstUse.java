package io.ultramarket.commerce.customer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ultramarket.commerce.dispatch.CommandContext;
import io.ultramarket.commerce.dispatch.CommandDispatcher;
import io.ultramarket.commerce.dispatch.PreparedCommand;
import io.ultramarket.commerce.personaldata.ForgottenOnErasure;
import io.ultramarket.commerce.schemas.customer.CustomerLanguage;
import io.ultramarket.commerce.schemas.customer.RefreshCustomerDetails;
import io.ultramarket.commerce.schemas.customer.RegisterCustomer;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Makes the customer record the first time a customer uses it (their own record, or a checkout, whose emails go
 * to the record's address, in the record's language): {@code RegisterCustomer} with the token's
 * subject, {@code email}, {@code name} and {@code locale} claims; and keeps those three as the identity provider
 * says them later ({@code RefreshCustomerDetails}, which records nothing when they are unchanged). Whether the record
 * exists is read from the event store (a read model may not show a customer registered a moment ago); what
 * this instance last made sure of is cached, so a customer whose claims are unchanged costs nothing.
 */
@Component
public class FirstUse implements ForgottenOnErasure {

    private static final String REGISTERED = "SELECT 1 FROM domain_event_entry"
            + " WHERE aggregate_identifier = :id AND sequence_number = 0 AND type = 'Customer'";

    private final DatabaseClient database;
    private final CommandDispatcher commands;
    private final Cache<UUID, Known> known = Caffeine.newBuilder().maximumSize(200_000).build();

    FirstUse(DatabaseClient database, CommandDispatcher commands) {
        this.database = database;
        this.commands = commands;
    }

    /**
     * What this instance made sure the record says: the token's details, and the event-store position of the
     * last write it made for them (registration or change), so a read can wait for the read model to show it.
     */
    private record Known(Details details, Optional<Long> position) {

        /** Whether the record says what the token does; a token without a language leaves the record's. */
        boolean says(Details token) {
            return Objects.equals(details.email(), token.email()) && Objects.equals(details.name(), token.name())
                    && (token.language() == null || token.language().equals(details.language()));
        }
    }

    /** What a token says about its customer. */
    private record Details(String email, String name, String language) {

        /** These details where the token names them, {@code known}'s language where it names none. */
        Details over(Known known) {
            return known == null || language != null ? this : new Details(email, name, known.details().language());
        }

        static Details of(Jwt token) {
            return new Details(token.getClaimAsString("email"), token.getClaimAsString("name"),
                    CustomerLanguage.fromClaim(token.getClaimAsString("locale")));
        }
    }

    /**
     * Completes once the customer has a record with the token's email, name and language; with the event-store
     * position of the write that made it so, when this instance made one (on this and every later call).
     */
    public Mono<Optional<Long>> ensureRegistered(UUID customerId, Jwt token, CommandContext context) {
        Details details = Details.of(token);
        Known seen = known.getIfPresent(customerId);
        if (seen != null && seen.says(details)) {
            return Mono.just(seen.position());
        }
        Mono<Optional<Long>> written = seen != null
                ? refresh(customerId, details, context)
                : database.sql(REGISTERED).bind("id", customerId.toString()).map(row -> true).one()
                        .flatMap(registered -> refresh(customerId, details, context))
                        .switchIfEmpty(Mono.defer(() -> register(customerId, token.getSubject(), details, context)));
        Optional<Long> before = seen == null ? Optional.empty() : seen.position();
        return written.map(position -> position.or(() -> before))
                .doOnNext(position -> known.put(customerId, new Known(details.over(seen), position)));
    }

    /**
     * An erased customer's record reads {@code erased}: their next request with a token that names an email or a
     * name writes it again (under a new key), as on an instance that never knew them, instead of finding it known.
     */
    @Override
    public void forget(Set<UUID> subjects) {
        known.invalidateAll(subjects);
    }

    private Mono<Optional<Long>> register(UUID customerId, String subject, Details details, CommandContext context) {
        return send(customerId, new RegisterCustomer(customerId, subject, details.email(), details.name(),
                details.language()), context);
    }

    private Mono<Optional<Long>> refresh(UUID customerId, Details details, CommandContext context) {
        return send(customerId, new RefreshCustomerDetails(customerId, details.email(), details.name(),
                details.language()), context);
    }

    private Mono<Optional<Long>> send(UUID customerId, Object command, CommandContext context) {
        return commands.send(context.withoutIdempotencyKey(), command,
                        ctx -> new PreparedCommand<>(command, customerId.toString(), customerId))
                .map(receipt -> receipt.position().isPresent()
                        ? Optional.of(receipt.position().getAsLong()) : Optional.<Long>empty())
                // Two first requests at once: the other one registered (or refreshed) the customer.
                .onErrorResume(error -> error instanceof AggregateStreamCreationException
                        || error instanceof ConcurrencyException, error -> Mono.just(Optional.empty()));
    }
}
