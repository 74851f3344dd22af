package io.ultramarket.commerce.freshness;

import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Optional;

/**
 * Lets a client read its own writes: a read that sends the {@code Commerce-Position} it got from a command
 * waits (bounded) until the read model has applied that position. The check reads the token store with
 * JDBC, so it runs on the bounded elastic scheduler.
 */
@Component
public class ReadYourWrites {

    public static final String POSITION_HEADER = "Commerce-Position";
    /** Answered {@code stale} when the wait ran out before the read model caught up. */
    public static final String CONSISTENCY_HEADER = "Commerce-Consistency";

    private final ProjectionRuntime runtime;
    private final ProjectionProgress progress;
    private final FreshnessProperties properties;

    ReadYourWrites(ProjectionRuntime runtime, ProjectionProgress progress, FreshnessProperties properties) {
        this.runtime = runtime;
        this.progress = progress;
        this.properties = properties;
    }

    /** Completes with true once {@code projection} holds {@code position}, or false when the wait ran out. */
    public Mono<Boolean> awaitPosition(String projection, Optional<Long> position) {
        if (position.isEmpty()) {
            return Mono.just(true);
        }
        Mono<Boolean> reached = Mono.fromCallable(() -> progress.hasApplied(runtime.active(projection), position.get()))
                .subscribeOn(Schedulers.boundedElastic());
        return Flux.interval(Duration.ZERO, properties.pollEvery())
                .onBackpressureDrop()
                .concatMap(tick -> reached, 1)
                .filter(Boolean::booleanValue)
                .next()
                .timeout(properties.maxWait(), Mono.just(false));
    }

    public String consistency(boolean reached) {
        return reached ? "current" : "stale";
    }
}
