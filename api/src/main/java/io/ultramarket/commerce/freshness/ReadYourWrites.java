package io.ultramarket.commerce.freshness;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.projections.runtime.LocalCommits;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Optional;

/**
 * Lets a client read its own writes: a read that sends the {@code Commerce-Position} it got from a command
 * waits (bounded) until the read model has applied that position. It is answered when this instance's
 * processor has committed that event ({@link LocalCommits}: at once if it already has, else at the commit), or
 * when a look at the token store finds it applied (another instance's segment, an event the read model
 * ignores): after {@code poll-every}, then every {@code poll-every}. The look reads the token store with JDBC,
 * so it runs on the bounded elastic scheduler.
 */
@Component
public class ReadYourWrites {

    public static final String POSITION_HEADER = "Commerce-Position";
    /** Answered {@code stale} when the wait ran out before the read model caught up. */
    public static final String CONSISTENCY_HEADER = "Commerce-Consistency";

    private final ProjectionRuntime runtime;
    private final ProjectionProgress progress;
    private final FreshnessProperties properties;
    private final EventStoreHead eventStoreHead;
    private final LocalCommits localCommits;

    ReadYourWrites(ProjectionRuntime runtime, ProjectionProgress progress, FreshnessProperties properties,
                   EventStoreHead eventStoreHead, LocalCommits localCommits) {
        this.runtime = runtime;
        this.progress = progress;
        this.properties = properties;
        this.eventStoreHead = eventStoreHead;
        this.localCommits = localCommits;
    }

    /**
     * Completes with true once {@code projection} holds {@code position}, or false when the wait ran out. A
     * position beyond the event store's head was never answered by a command: it fails with a 400 at the first
     * look instead of holding a poller for the whole wait.
     */
    public Mono<Boolean> awaitPosition(String projection, Optional<Long> position) {
        if (position.isEmpty()) {
            return Mono.just(true);
        }
        long wanted = position.get();
        // The generation this instance last saw answering, without a query; after a switch it has not seen yet,
        // the look at the token store answers.
        Mono<Boolean> committedHere = runtime.answering(projection)
                .map(generation -> localCommits.committed(generation.processorName(), wanted).thenReturn(true))
                .orElse(Mono.never());
        Mono<Boolean> reached = Mono.fromCallable(() -> progress.hasApplied(runtime.active(projection), wanted))
                .subscribeOn(Schedulers.boundedElastic());
        Mono<Long> head = Mono.fromCallable(eventStoreHead::position).subscribeOn(Schedulers.boundedElastic());
        // The token store is looked at only when this instance's commits have not answered within a poll: its
        // queries would compete with the commands for the same cores and connections.
        Mono<Boolean> looked = Mono.delay(properties.pollEvery())
                .then(reached)
                .flatMap(done -> done ? Mono.just(true) : head.flatMap(newest -> newest < wanted
                        ? Mono.error(beyondHead(wanted, newest))
                        : Flux.interval(properties.pollEvery(), properties.pollEvery())
                                .onBackpressureDrop()
                                .concatMap(tick -> reached, 1)
                                .filter(Boolean::booleanValue)
                                .next()))
                .timeout(properties.maxWait(), Mono.just(false));
        // Whichever answers first wins; a commit already made here answers before the look is even started.
        return Mono.firstWithSignal(committedHere, looked);
    }

    /**
     * Fails with the same 400 as {@link #awaitPosition} when {@code position} lies beyond the event store's
     * head, and completes otherwise: for a read that would change something before it waits (a customer's
     * first request registers them), so that a request refused for its position changes nothing.
     */
    public Mono<Void> refuseBeyondHead(Long position) {
        if (position == null) {
            return Mono.empty();
        }
        return Mono.fromCallable(eventStoreHead::position).subscribeOn(Schedulers.boundedElastic())
                .flatMap(newest -> newest < position ? Mono.error(beyondHead(position, newest)) : Mono.empty());
    }

    private static InvalidParameters beyondHead(long wanted, long newest) {
        return new InvalidParameters(List.of(new FieldError(POSITION_HEADER, "position " + wanted
                + " is beyond the newest event (" + newest + "); send a position that a command answered")));
    }

    public String consistency(boolean reached) {
        return reached ? "current" : "stale";
    }

    /**
     * How every GET of a read model answers: waits for {@code position} (when given), then runs {@code read}
     * and answers 200 with {@value #CONSISTENCY_HEADER}. Completes empty when the read finds nothing, so that
     * the caller decides what absence means (a 404, usually).
     */
    public <T> Mono<ResponseEntity<T>> answer(String projection, Optional<Long> position, Mono<T> read) {
        return awaitPosition(projection, position)
                .flatMap(reached -> read.map(body -> ResponseEntity.ok()
                        .header(CONSISTENCY_HEADER, consistency(reached))
                        .body(body)));
    }
}
