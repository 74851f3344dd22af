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
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one generations engine: runs every projection, whatever its store, and its rebuilds. The generations
 * table is the shared truth: each instance starts the processors of ACTIVE and BUILDING generations and
 * stops the others, so replays and switches started on one instance reach all of them at the next
 * reconciliation. A BUILDING generation that has caught up with the head of the event store becomes ACTIVE
 * in one transaction, in which its store makes it the one that answers (PostgreSQL re-points the views).
 * What depends on the store is its {@link ProjectionStore}.
 */
public class ProjectionRuntime implements SmartLifecycle, DeadLetterProcessors {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRuntime.class);
    private static final Set<GenerationState> RUNNABLE = EnumSet.of(GenerationState.ACTIVE, GenerationState.BUILDING);

    private final Map<String, ProjectionStore> stores;
    private final ProjectionGenerations generations;
    private final ProjectionProcessors processors;
    private final ProjectionProgress progress;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ProjectionsProperties properties;
    private final Map<Generation, RunningGeneration> running = new ConcurrentHashMap<>();
    private volatile Map<String, Generation> answering = Map.of();
    /** The rebuilds running on this instance, as its last reconciliation saw them. */
    private volatile Set<Generation> buildingHere = Set.of();
    private final RebuildUpkeep upkeep = new RebuildUpkeep();
    private ScheduledExecutorService reconciler;

    ProjectionRuntime(List<ProjectionStore> stores, ProjectionGenerations generations, ProjectionProcessors processors,
                      ProjectionProgress progress, TransactionTemplate transactions, JdbcTemplate jdbc,
                      ProjectionsProperties properties) {
        this.stores = stores.stream().collect(Collectors.toMap(ProjectionStore::name, Function.identity()));
        this.generations = generations;
        this.processors = processors;
        this.progress = progress;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        stores.values().forEach(this::bootstrap);
        reconcile();
        reconciler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.reconcileEvery().toMillis();
        reconciler.scheduleWithFixedDelay(this::reconcileQuietly, every, every, TimeUnit.MILLISECONDS);
        long check = properties.switchCheckEvery().toMillis();
        reconciler.scheduleWithFixedDelay(this::switchCaughtUpQuietly, check, check, TimeUnit.MILLISECONDS);
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

    /** After Axon's own components (the event store, the token store) have started; stopped after the web server. */
    @Override
    public int getPhase() {
        return ProcessingPhases.PROCESSORS;
    }

    public Set<String> names() {
        return stores.keySet();
    }

    /** The generation that answers queries now. */
    public Generation active(String projection) {
        return generations.inState(requireKnown(projection), GenerationState.ACTIVE)
                .map(GenerationRecord::generation)
                .orElseThrow(() -> new IllegalStateException("projection " + projection + " has no active generation"));
    }

    /**
     * The generation that answers, as this instance saw it at its last reconciliation, without a query: for
     * readers that name a generation's tables themselves (ClickHouse's), which no view switches for them.
     */
    public Optional<Generation> answering(String projection) {
        return Optional.ofNullable(answering.get(projection));
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

    /** The position every segment of the generation has passed, stored or reached by its processor here. */
    public OptionalLong position(Generation generation) {
        RunningGeneration here = running.get(generation);
        return progress.position(generation, here == null ? Map.of() : here.reachedHere());
    }

    /** Rows the projection's store holds for a generation, where it counts them (ClickHouse); empty otherwise. */
    public OptionalLong rows(Generation generation) {
        return stores.get(requireKnown(generation.projection())).rows(generation);
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
        ProjectionStore store = stores.get(requireKnown(projection));
        Generation building = transactions.execute(status -> {
            generations.lock(projection);
            return generations.inState(projection, GenerationState.BUILDING)
                    .map(GenerationRecord::generation)
                    .orElseGet(() -> {
                        Generation next = new Generation(projection, generations.highestNumber(projection) + 1);
                        store.created(next);
                        generations.insert(next, GenerationState.BUILDING);
                        return next;
                    });
        });
        reconcile();
        return building;
    }

    /** Aligns this instance's processors with the generations table, and promotes caught-up rebuilds. */
    public synchronized void reconcile() {
        List<GenerationRecord> records = generations.all().stream()
                .filter(record -> stores.containsKey(record.generation().projection()))
                .toList();
        Set<Generation> wanted = records.stream()
                .filter(record -> RUNNABLE.contains(record.state()))
                .map(GenerationRecord::generation)
                .collect(Collectors.toSet());
        running.keySet().stream().filter(generation -> !wanted.contains(generation)).toList()
                .forEach(generation -> running.remove(generation).stop());
        wanted.stream().filter(generation -> !running.containsKey(generation)).forEach(this::startIfReady);
        List<Generation> building = records.stream()
                .filter(record -> record.state() == GenerationState.BUILDING && running.containsKey(record.generation()))
                .map(GenerationRecord::generation)
                .toList();
        List<Generation> caughtUp = building.stream().filter(this::hasCaughtUp).toList();
        caughtUp.forEach(this::activate);
        buildingHere = building.stream().filter(generation -> !caughtUp.contains(generation)).collect(Collectors.toSet());
        keepUpWhileBuilding(buildingHere);
        generations.retiredLongerThan(properties.retiredGrace()).stream()
                .filter(record -> stores.containsKey(record.generation().projection()))
                .forEach(record -> drop(record.generation()));
        answering = generations.all().stream()
                .filter(record -> record.state() == GenerationState.ACTIVE)
                .collect(Collectors.toUnmodifiableMap(record -> record.generation().projection(), GenerationRecord::generation));
    }

    /** The stores' upkeep of the rebuilds running here, when due (PostgreSQL's statistics of tables that started empty). */
    private void keepUpWhileBuilding(Set<Generation> building) {
        for (Generation generation : upkeep.due(building)) {
            try {
                stores.get(generation.projection()).whileBuilding(generation);
            } catch (RuntimeException failure) {
                log.warn("Upkeep of {} while it is rebuilt failed; it goes on without", generation, failure);
            }
        }
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException failure) {
            log.warn("Reconciling projections failed; trying again in {}", properties.reconcileEvery(), failure);
        }
    }

    /**
     * Between reconciliations, a rebuild running here that has caught up is switched to at once: the end of a
     * replay then waits for its last token, not for the next reconciliation. Costs nothing while none runs here.
     */
    private void switchCaughtUpQuietly() {
        try {
            if (buildingHere.stream().anyMatch(this::hasCaughtUp)) {
                reconcile();
            }
        } catch (RuntimeException failure) {
            // Not again every check while the database is away: the next reconciliation finds the rebuilds anew.
            buildingHere = Set.of();
            log.warn("Checking the rebuilds running here failed; the next reconciliation checks again", failure);
        }
    }

    /** A store that cannot be reached yet (ClickHouse down) keeps its generation waiting, not the others. */
    private void startIfReady(Generation generation) {
        ProjectionStore store = stores.get(generation.projection());
        try {
            store.beforeStart(generation);
        } catch (Exception failure) {
            log.warn("Generation {} of {} cannot start yet ({}); trying again in {}", generation.number(),
                    generation.projection(), failure.getMessage(), properties.reconcileEvery());
            return;
        }
        running.put(generation, processors.start(generation, store));
    }

    /** By the stored tokens, and by what the segments processed here have reached (stored or not yet). */
    private boolean hasCaughtUp(Generation generation) {
        long head = progress.head();
        RunningGeneration here = running.get(generation);
        return head < 0 || progress.hasPassed(generation, head, here == null ? Map.of() : here.reachedHere());
    }

    /**
     * Makes a projection's first generation, or, when the generation that answers (or the one being built) was made
     * by an earlier release with another shape than today's, starts a rebuild from event 0 into a new one: a
     * schema change never leaves rows without its columns (ADR 0076). The old generation answers until the new one
     * has caught up; a rebuild of the old shape is retired, its tables dropped after the grace. Run by {@link #start}
     * for every store (package-private for the tests of this decision).
     */
    void bootstrap(ProjectionStore store) {
        String name = store.name();
        transactions.executeWithoutResult(status -> {
            generations.lock(name);
            Optional<Generation> active = generations.inState(name, GenerationState.ACTIVE).map(GenerationRecord::generation);
            if (active.isEmpty()) {
                Generation first = new Generation(name, generations.highestNumber(name) + 1);
                store.created(first);
                store.answerFrom(first);
                generations.insert(first, GenerationState.ACTIVE);
                return;
            }
            Generation fresh = new Generation(name, generations.highestNumber(name) + 1);
            Optional<Generation> building = generations.inState(name, GenerationState.BUILDING)
                    .map(GenerationRecord::generation);
            if (building.isPresent() && !store.hasTodaysShape(building.get(), fresh)) {
                log.info("Generation {} of {} was being built with another shape than today's; it is retired",
                        building.get().number(), name);
                generations.retire(building.get());
                building = Optional.empty();
            }
            if (building.isEmpty() && !store.hasTodaysShape(active.get(), fresh)) {
                log.info("Generation {} of {} has another shape than today's; rebuilding from event 0 into generation {}",
                        active.get().number(), name, fresh.number());
                store.created(fresh);
                generations.insert(fresh, GenerationState.BUILDING);
            }
        });
    }

    private void activate(Generation building) {
        ProjectionStore store = stores.get(building.projection());
        transactions.executeWithoutResult(status -> {
            generations.lock(building.projection());
            boolean stillBuilding = generations.inState(building.projection(), GenerationState.BUILDING)
                    .filter(record -> record.generation().equals(building)).isPresent();
            if (stillBuilding) {
                store.answerFrom(building);
                generations.activate(building);
            }
        });
        log.info("Projection {} now answers from generation {}", building.projection(), building.number());
    }

    /**
     * Its processor stops, then its tables, token and dead letters go in one transaction. A store that cannot
     * drop them now (ClickHouse away) rolls it back, and the next reconciliation tries again. Every instance
     * sees the generation due at its reconciliation; the first to get the projection's lock drops it, and the
     * others find it DROPPED under the lock and leave it (ADR 0056).
     */
    private void drop(Generation retired) {
        Optional.ofNullable(running.remove(retired)).ifPresent(RunningGeneration::stop);
        ProjectionStore store = stores.get(retired.projection());
        try {
            transactions.executeWithoutResult(status -> {
                generations.lock(retired.projection());
                if (generations.stateOf(retired).filter(state -> state == GenerationState.RETIRED).isEmpty()) {
                    return;
                }
                try {
                    store.drop(retired);
                } catch (Exception failure) {
                    throw new GenerationNotDropped(retired, failure);
                }
                jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", retired.processorName());
                jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", retired.processorName());
                generations.markDropped(retired);
            });
        } catch (GenerationNotDropped failure) {
            log.warn("Dropping generation {} of {} failed; trying again in {}", retired.number(), retired.projection(),
                    properties.reconcileEvery(), failure.getCause());
        }
    }

    private String requireKnown(String projection) {
        if (!stores.containsKey(projection)) {
            throw new UnknownProjection(projection, stores.keySet());
        }
        return projection;
    }

    /** Carries a store's checked failure out of the transaction, which rolls back on unchecked ones only. */
    private static final class GenerationNotDropped extends RuntimeException {

        GenerationNotDropped(Generation generation, Exception cause) {
            super("generation " + generation.number() + " of " + generation.projection() + " not dropped", cause);
        }
    }
}
