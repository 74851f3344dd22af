package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.query.audit.AggregateType;
import io.ultramarket.commerce.query.audit.AuditEvent;
import io.ultramarket.commerce.query.audit.AuditTrail;
import io.ultramarket.commerce.query.customer.CustomerView;
import io.ultramarket.commerce.query.customer.Customers;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.security.CustomerPath;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person's data: {@code GET} exports it (article 15), {@code DELETE} erases it (article 17, ADR 0069). The person
 * themself ({@code me} or their id) or support and admin, who may also name a guest by their cart id; another
 * customer finds nothing (404).
 */
@RestController
@RequestMapping(path = "/customers/{customerId}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonalDataController {

    /** Whose aggregates a subject may name: a customer record, a cart, an order. */
    private static final List<AggregateType> HOLDERS = List.of(AggregateType.CUSTOMER, AggregateType.CART, AggregateType.ORDER);

    private final Erasure erasure;
    private final Subjects subjects;
    private final PersonalDataKeys keys;
    private final AuditTrail audit;
    private final Customers customers;
    private final Clock clock;

    PersonalDataController(Erasure erasure, Subjects subjects, PersonalDataKeys keys, AuditTrail audit,
                           Customers customers, Clock clock) {
        this.erasure = erasure;
        this.subjects = subjects;
        this.keys = keys;
        this.audit = audit;
        this.customers = customers;
        this.clock = clock;
    }

    /** What the erasure covered: how many subjects (the person, their carts and orders) and keys destroyed. */
    record ErasureAnswer(UUID customerId, int subjects, int keysDestroyed) {
    }

    @GetMapping
    Mono<PersonalDataExport> export(@PathVariable("customerId") String customer, Caller caller) {
        UUID person = CustomerPath.resolve(customer, caller);
        Mono<Optional<CustomerView>> record = customers.byId(person).map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.fromCallable(() -> subjects.of(person))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(covered -> Mono.zip(record, keyHistory(covered), events(covered)))
                .map(all -> new PersonalDataExport(person, clock.instant(), all.getT1().orElse(null), all.getT2(), all.getT3()));
    }

    @DeleteMapping
    Mono<ErasureAnswer> erase(@PathVariable("customerId") String customer, Caller caller) {
        UUID person = CustomerPath.resolve(customer, caller);
        return Mono.fromCallable(() -> erasure.erase(person))
                .subscribeOn(Schedulers.boundedElastic())
                .map(done -> new ErasureAnswer(done.person(), done.subjects().size(), done.keysDestroyed()));
    }

    private Mono<List<PersonalDataKeys.KeyState>> keyHistory(Set<UUID> covered) {
        return Mono.fromCallable(() -> covered.stream().flatMap(id -> keys.of(id).stream()).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<List<AuditEvent>> events(Set<UUID> covered) {
        return Flux.fromIterable(covered)
                .concatMap(id -> Flux.fromIterable(HOLDERS).concatMap(type -> audit.history(type, id.toString())))
                .collectList();
    }
}
