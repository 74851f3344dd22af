package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.projections.analytics.AnalyticsRuntime;
import io.ultramarket.commerce.projections.runtime.GenerationRecord;
import io.ultramarket.commerce.projections.runtime.GenerationState;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * The analytics projection beside the PostgreSQL ones: {@code /admin/projections/analytics} shows its
 * generations and how far each has come, {@code POST .../replay} rebuilds it into new ClickHouse tables.
 * These paths are more specific than {@code /admin/projections/{name}}, so they answer for "analytics".
 */
@RestController
@RequestMapping(path = "/admin/projections/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
class AnalyticsAdminController {

    private final ObjectProvider<AnalyticsRuntime> runtime;
    private final ProjectionProgress progress;

    AnalyticsAdminController(ObjectProvider<AnalyticsRuntime> runtime, ProjectionProgress progress) {
        this.runtime = runtime;
        this.progress = progress;
    }

    /** {@code rows}: rows in the generation's ClickHouse tables, null when ClickHouse does not answer. */
    record GenerationProgress(int generation, GenerationState state, Long position, Long lag, Long rows, boolean runningHere) {
    }

    record AnalyticsOverview(String projection, long head, List<GenerationProgress> generations) {
    }

    @GetMapping
    Mono<AnalyticsOverview> overview() {
        return blocking(() -> {
            AnalyticsRuntime analytics = configured();
            long head = progress.head();
            List<GenerationProgress> generations = analytics.generations().stream()
                    .filter(record -> record.state() != GenerationState.DROPPED)
                    .map(record -> progressOf(analytics, record, head))
                    .toList();
            return new AnalyticsOverview("analytics", head, generations);
        });
    }

    /** Starts a rebuild into new tables; asking again while one runs returns that one. */
    @PostMapping("/replay")
    Mono<ResponseEntity<Map<String, Object>>> replay() {
        return blocking(() -> configured().replay()).map(generation -> ResponseEntity
                .accepted()
                .location(URI.create("/admin/projections/analytics"))
                .body(Map.of("projection", "analytics", "generation", generation.number(), "state", "BUILDING")));
    }

    private GenerationProgress progressOf(AnalyticsRuntime analytics, GenerationRecord record, long head) {
        OptionalLong position = progress.position(record.generation());
        Long at = position.isPresent() ? position.getAsLong() : null;
        return new GenerationProgress(record.generation().number(), record.state(), at,
                at == null ? null : Math.max(0, head - at), rowsOf(analytics, record), analytics.isRunningHere(record.generation()));
    }

    private static Long rowsOf(AnalyticsRuntime analytics, GenerationRecord record) {
        try {
            return analytics.rowsOf(record.generation());
        } catch (SQLException | RuntimeException unavailable) {
            return null;
        }
    }

    private AnalyticsRuntime configured() {
        AnalyticsRuntime analytics = runtime.getIfAvailable();
        if (analytics == null) {
            throw new AnalyticsNotConfigured();
        }
        return analytics;
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
