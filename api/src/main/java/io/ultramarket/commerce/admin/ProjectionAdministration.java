package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.GenerationRecord;
import io.ultramarket.commerce.projections.runtime.GenerationState;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Status and rebuild progress of projections, read with JDBC: callers run it off the event loop. */
@Component
class ProjectionAdministration {

    private final ProjectionRuntime runtime;
    private final ProjectionProgress progress;

    ProjectionAdministration(ProjectionRuntime runtime, ProjectionProgress progress) {
        this.runtime = runtime;
        this.progress = progress;
    }

    List<ProjectionOverview> overview() {
        long head = progress.head();
        return runtime.names().stream().sorted().map(name -> overviewOf(name, head)).toList();
    }

    ProjectionOverview overview(String name) {
        return overviewOf(name, progress.head());
    }

    private ProjectionOverview overviewOf(String name, long head) {
        List<ProjectionOverview.GenerationProgress> generations = runtime.generations(name).stream()
                .filter(record -> record.state() != GenerationState.DROPPED)
                .map(record -> progressOf(record, head))
                .toList();
        return new ProjectionOverview(name, head, generations);
    }

    private ProjectionOverview.GenerationProgress progressOf(GenerationRecord record, long head) {
        OptionalLong position = progress.position(record.generation());
        Long at = position.isPresent() ? position.getAsLong() : null;
        Long lag = at == null ? null : Math.max(0, head - at);
        OptionalLong rows = runtime.rows(record.generation());
        return new ProjectionOverview.GenerationProgress(record.generation().number(), record.state(), at, lag,
                rows.isPresent() ? rows.getAsLong() : null, runtime.isRunningHere(record.generation()),
                record.createdAt(), record.activatedAt());
    }

    /** The rebuild in progress, or else the active generation (a finished rebuild reports it once). */
    ReplaySample sample(String projection) {
        Optional<Generation> building = runtime.building(projection);
        Generation generation = building.orElseGet(() -> runtime.active(projection));
        // What the switch goes by (stored tokens or what the segments reached here): the sample that shows the new
        // generation active shows it has done every event, even where a segment has only skipped events since it
        // last stored its token.
        long done = runtime.position(generation).orElse(-1) + 1;
        return new ReplaySample(projection, generation.number(), building.isPresent() ? "BUILDING" : "ACTIVE",
                Math.max(done, 0), progress.head() + 1, System.nanoTime());
    }

    Generation replay(String projection) {
        return runtime.replay(projection);
    }

    record ReplaySample(String projection, int generation, String state, long done, long total, long takenAtNanos) {

        ReplayProgress since(ReplaySample previous) {
            double seconds = (takenAtNanos - previous.takenAtNanos) / 1e9;
            double rate = previous.generation == generation && seconds > 0 ? Math.max(0, done - previous.done) / seconds : 0;
            Double eta = rate > 0 ? (total - done) / rate : null;
            return new ReplayProgress(projection, generation, state, done, total, rate, eta);
        }
    }
}
