package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every read-model projection and its rebuilds. The generations table is the shared truth: each
 * instance starts the processors of ACTIVE and BUILDING generations and stops the others, so replays and
 * switches started on one instance reach all of them at the next reconciliation. A BUILDING generation
 * that has caught up with the head of the event store becomes ACTIVE in one transaction that also
 * re-points the views: queries move from the old tables to the new ones at once.
 */
public class ProjectionRuntime implements SmartLifecycle, DeadLetterProcessors {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRuntime.class);
    private static final Set<GenerationState> RUNNABLE = EnumSet.of(GenerationState.ACTIVE, GenerationState.BUILDING);

    private final Map<String, ReadModelProjection> projections;
    private final ProjectionGenerations generations;
    private final ProjectionProcessors processors;
    private final ProjectionProgress progress;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ProjectionsProperties properties;
    private final Map<Generation, RunningGeneration> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService reconciler;

    ProjectionRuntime(List<ReadModelProjection> projections, ProjectionGenerations generations,
                      ProjectionProcessors processors, ProjectionProgress progress, TransactionTemplate transactions,
                      JdbcTemplate jdbc, ProjectionsProperties properties) {
        this.projections = projections.stream().collect(Collectors.toMap(ReadModelProjection::name, Function.identity()));
        this.generations = generations;
        this.processors = processors;
        this.progress = progress;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        projections.values().forEach(this::bootstrap);
        reconcile();
        reconciler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.reconcileEvery().toMillis();
        reconciler.scheduleWithFixedDelay(this::reconcileQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (reconciler != null) {
            reconciler.shutdownNow();
        }
        // All at once: one after the other, shutting down would take as long as all of them together.
        CompletableFuture.allOf(running.values().stream().map(RunningGeneration::stopAsync)
                .toArray(CompletableFuture[]::new)).join();
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return reconciler != null && !reconciler.isShutdown();
    }

    /** After Axon's own components (the event store, the token store) have started. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    public Set<String> names() {
        return projections.keySet();
    }

    /** The generation that answers queries now. */
    public Generation active(String projection) {
        return generations.inState(requireKnown(projection), GenerationState.ACTIVE)
                .map(GenerationRecord::generation)
                .orElseThrow(() -> new IllegalStateException("projection " + projection + " has no active generation"));
    }

    public Optional<Generation> building(String projection) {
        return generations.inState(requireKnown(projection), GenerationState.BUILDING).map(GenerationRecord::generation);
    }

    public List<GenerationRecord> generations(String projection) {
        return generations.of(requireKnown(projection));
    }

    public boolean isRunningHere(Generation generation) {
        return running.containsKey(generation);
    }

    @Override
    public Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLettersOf(String processorName) {
        return running.values().stream().filter(run -> run.generation().processorName().equals(processorName))
                .findFirst().<SequencedDeadLetterProcessor<EventMessage<?>>>map(RunningGeneration::deadLetters);
    }

    /**
     * Starts rebuilding a projection from event 0 into a new generation, or returns the one already being
     * built: asking twice does not start two rebuilds.
     */
    public Generation replay(String projection) {
        ReadModelProjection readModel = projections.get(requireKnown(projection));
        Generation building = transactions.execute(status -> {
            generations.lock(projection);
            return generations.inState(projection, GenerationState.BUILDING)
                    .map(GenerationRecord::generation)
                    .orElseGet(() -> {
                        Generation next = new Generation(projection, generations.highestNumber(projection) + 1);
                        readModel.schema(next).forEach(jdbc::execute);
                        generations.insert(next, GenerationState.BUILDING);
                        return next;
                    });
        });
        reconcile();
        return building;
    }

    /** Aligns this instance's processors with the generations table, and promotes caught-up rebuilds. */
    public synchronized void reconcile() {
        List<GenerationRecord> records = generations.all();
        Set<Generation> wanted = records.stream()
                .filter(record -> RUNNABLE.contains(record.state()) && projections.containsKey(record.generation().projection()))
                .map(GenerationRecord::generation)
                .collect(Collectors.toSet());
        running.keySet().stream().filter(generation -> !wanted.contains(generation)).toList()
                .forEach(generation -> running.remove(generation).stop());
        wanted.stream().filter(generation -> !running.containsKey(generation)).forEach(generation ->
                running.put(generation, processors.start(generation, projections.get(generation.projection()))));
        records.stream()
                .filter(record -> record.state() == GenerationState.BUILDING && running.containsKey(record.generation()))
                .map(GenerationRecord::generation)
                .filter(this::hasCaughtUp)
                .forEach(this::activate);
        generations.retiredLongerThan(properties.retiredGrace()).forEach(record -> drop(record.generation()));
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException failure) {
            log.warn("Reconciling projections failed; trying again in {}", properties.reconcileEvery(), failure);
        }
    }

    private boolean hasCaughtUp(Generation generation) {
        long head = progress.head();
        return head < 0 || progress.hasPassed(generation, head);
    }

    private void bootstrap(ReadModelProjection projection) {
        transactions.executeWithoutResult(status -> {
            generations.lock(projection.name());
            if (generations.inState(projection.name(), GenerationState.ACTIVE).isEmpty()) {
                Generation first = new Generation(projection.name(), generations.highestNumber(projection.name()) + 1);
                projection.schema(first).forEach(jdbc::execute);
                pointViewsAt(first, projection);
                generations.insert(first, GenerationState.ACTIVE);
            }
        });
    }

    private void activate(Generation building) {
        ReadModelProjection projection = projections.get(building.projection());
        transactions.executeWithoutResult(status -> {
            generations.lock(building.projection());
            boolean stillBuilding = generations.inState(building.projection(), GenerationState.BUILDING)
                    .filter(record -> record.generation().equals(building)).isPresent();
            if (stillBuilding) {
                pointViewsAt(building, projection);
                generations.activate(building);
            }
        });
        log.info("Projection {} now answers from generation {}", building.projection(), building.number());
    }

    /** Replaces each view in the same transaction as the generation switch: readers see old or new, never a mix. */
    private void pointViewsAt(Generation generation, ReadModelProjection projection) {
        for (String table : projection.tables()) {
            jdbc.execute("DROP VIEW IF EXISTS " + table);
            jdbc.execute("CREATE VIEW " + table + " AS SELECT * FROM " + generation.table(table));
        }
    }

    private void drop(Generation retired) {
        Optional.ofNullable(running.remove(retired)).ifPresent(RunningGeneration::stop);
        ReadModelProjection projection = projections.get(retired.projection());
        transactions.executeWithoutResult(status -> {
            generations.lock(retired.projection());
            if (projection != null) {
                projection.tables().forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + retired.table(table)));
            }
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", retired.processorName());
            jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", retired.processorName());
            generations.markDropped(retired);
        });
    }

    private String requireKnown(String projection) {
        if (!projections.containsKey(projection)) {
            throw new UnknownProjection(projection, projections.keySet());
        }
        return projection;
    }
}
