package io.ultramarket.commerce.audit;

import io.ultramarket.commerce.query.audit.AggregateType;
import io.ultramarket.commerce.query.audit.AuditEvent;
import io.ultramarket.commerce.query.audit.AuditPage;
import io.ultramarket.commerce.query.audit.AuditPageRequest;
import io.ultramarket.commerce.query.audit.AuditTrail;
import io.ultramarket.commerce.query.audit.ChainVerification;
import io.ultramarket.commerce.query.audit.ChainVerifier;
import io.ultramarket.commerce.checkpoint.StoreVerifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;

/**
 * What auditors read: the stored events themselves, with who, when, correlation, causation and hash.
 * Security is a later issue: every endpoint here will then require the AUDITOR role.
 */
@RestController
@RequestMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    private final AuditTrail trail;
    private final ChainVerifier chains;
    private final TimeTravel timeTravel;
    private final StoreVerifier checkpoints;
    private final int exportMaxRows;

    AuditController(AuditTrail trail, ChainVerifier chains, TimeTravel timeTravel, StoreVerifier checkpoints,
                    AuditProperties properties) {
        this.trail = trail;
        this.chains = chains;
        this.timeTravel = timeTravel;
        this.checkpoints = checkpoints;
        this.exportMaxRows = properties.exportMaxRows();
    }

    /** Every event of one aggregate, in sequence order. */
    @GetMapping("/{aggregateType}/{aggregateId}/events")
    Flux<AuditEvent> history(@PathVariable AggregateType aggregateType, @PathVariable String aggregateId) {
        return trail.history(aggregateType, aggregateId).switchIfEmpty(noSuch(aggregateType, aggregateId));
    }

    /** A page of all events in the order they were stored; pass {@code next} as {@code after} for the next one. */
    @GetMapping("/events")
    Mono<AuditPage> page(@RequestParam(defaultValue = "0") long after,
                         @RequestParam(defaultValue = "" + AuditPageRequest.DEFAULT_LIMIT) int limit) {
        return trail.page(new AuditPageRequest(after, limit));
    }

    /**
     * Events after {@code after} as NDJSON, one per line, streamed as they are read and as fast as the client
     * takes them (a page is read only when the previous one is written), at most
     * {@code commerce.audit.export-max-rows} per request: the client continues after the last position it got.
     */
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_NDJSON_VALUE)
    Flux<AuditEvent> export(@RequestParam(defaultValue = "0") long after) {
        return trail.export(after).take(exportMaxRows, true);
    }

    /** The aggregate as it was at {@code at} (an ISO-8601 instant), rebuilt from its events up to then. */
    @GetMapping("/{aggregateType}/{aggregateId}/state")
    Mono<PastState> state(@PathVariable AggregateType aggregateType, @PathVariable String aggregateId,
                          @RequestParam Instant at) {
        return timeTravel.stateOf(aggregateType, aggregateId, at);
    }

    /**
     * Recomputes the aggregate's hash chain and names the first event whose stored hash differs; an intact chain
     * is then held against the heads the signed checkpoints recorded for it (ADR 0045), which a chain rewritten
     * and re-hashed, or cut short, no longer matches.
     */
    @GetMapping("/{aggregateType}/{aggregateId}/verify")
    Mono<ChainVerification> verify(@PathVariable AggregateType aggregateType, @PathVariable String aggregateId) {
        return chains.verify(aggregateType, aggregateId)
                .flatMap(chain -> chain.intact() ? againstCheckpoints(aggregateId, chain) : Mono.just(chain))
                .switchIfEmpty(noSuch(aggregateType, aggregateId));
    }

    private Mono<ChainVerification> againstCheckpoints(String aggregateId, ChainVerification intact) {
        // A few JDBC reads: off the event loop.
        return Mono.fromCallable(() -> checkpoints.departureFromCheckpoints(aggregateId))
                .subscribeOn(Schedulers.boundedElastic())
                .map(departure -> departure.map(bad -> ChainVerification.brokenAt(new ChainVerification.EventReference(
                        bad.position(), bad.sequenceNumber(), bad.eventId(), bad.cause()))).orElse(intact));
    }

    private static <T> Mono<T> noSuch(AggregateType type, String aggregateId) {
        return Mono.error(() -> new AggregateNotFoundException(aggregateId, "no " + type.pathName() + " " + aggregateId));
    }
}
