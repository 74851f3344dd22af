package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.web.LongLivedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Operating the read side and the checkout: projections' state, rebuilds with their progress, and what is
 * parked (dead letters of the projections and relays, the checkout saga's parked orders).
 * Only for the ADMIN role (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final ProjectionAdministration projections;
    private final ParkedItems parked;
    private final LongLivedResponses longLived;

    AdminController(ProjectionAdministration projections, ParkedItems parked, LongLivedResponses longLived) {
        this.projections = projections;
        this.parked = parked;
        this.longLived = longLived;
    }

    @GetMapping("/projections")
    Mono<List<ProjectionOverview>> projections() {
        return blocking(projections::overview);
    }

    /** One projection, as in the list: {@code /admin/projections/analytics} is ClickHouse's, like any other. */
    @GetMapping("/projections/{name}")
    Mono<ProjectionOverview> projection(@PathVariable String name) {
        return blocking(() -> projections.overview(name));
    }

    /** Starts a rebuild from event 0 into a new generation; asking again while one runs returns that one. */
    @PostMapping("/projections/{name}/replay")
    Mono<ResponseEntity<Map<String, Object>>> replay(@PathVariable String name) {
        return blocking(() -> projections.replay(name)).map(generation -> ResponseEntity
                .accepted()
                .location(URI.create("/admin/projections/" + name + "/stream"))
                .body(Map.of("projection", name, "generation", generation.number(), "state", "BUILDING")));
    }

    /**
     * Progress of the rebuild, one sample per second, ending with the sample that shows the new generation
     * active (or at once, with the active generation, when no rebuild runs).
     */
    @GetMapping(path = "/projections/{name}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ReplayProgress>> replayProgress(@PathVariable String name) {
        return longLived.endingAtShutdown(blocking(() -> projections.sample(name))
                .flatMapMany(first -> Flux.interval(PROGRESS_EVERY)
                        .onBackpressureDrop()
                        .concatMap(tick -> blocking(() -> projections.sample(name)), 1)
                        .startWith(first)
                        .scan(new ProgressStep(first, first.since(first)),
                                (step, sample) -> new ProgressStep(sample, sample.since(step.sample())))
                        .skip(1)
                        .takeUntil(step -> step.sample().state().equals("ACTIVE")))
                .map(step -> ServerSentEvent.builder(step.progress()).event(step.progress().state()).build()));
    }

    @GetMapping("/dead-letters")
    Mono<List<ParkedItem>> deadLetters(@RequestParam(defaultValue = "100") int limit) {
        return blocking(() -> parked.list(Math.min(Math.max(limit, 1), 1000)));
    }

    /** {@code applied}: handled this time and no longer parked; false when it failed again (and stays). */
    @PostMapping("/dead-letters/{id}/retry")
    Mono<Map<String, Object>> retry(@PathVariable String id) {
        return blocking(() -> Map.of("id", id, "applied", parked.retry(id)));
    }

    /**
     * Drops a dead letter, or a parked order's whole queue, for good. A projection then misses that event
     * (a replay rebuilds it); an evicted order's checkout does not go on by itself: staff take it from there.
     */
    @DeleteMapping("/dead-letters/{id}")
    Mono<ResponseEntity<Void>> evict(@PathVariable String id) {
        return blocking(() -> {
            parked.evict(id);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    private record ProgressStep(ProjectionAdministration.ReplaySample sample, ReplayProgress progress) {
    }
}
