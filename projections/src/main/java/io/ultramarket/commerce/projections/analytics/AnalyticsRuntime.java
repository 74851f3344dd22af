package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.projections.poison.DeadLetterProcessors;
import io.ultramarket.commerce.projections.poison.DeadLetterQueues;
import io.ultramarket.commerce.projections.poison.TransientRetry;
import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.GenerationRecord;
import io.ultramarket.commerce.projections.runtime.GenerationState;
import io.ultramarket.commerce.projections.runtime.ProjectionProgress;
import io.ultramarket.commerce.projections.streaming.StreamingProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs the analytics projection in generations, like the PostgreSQL read models' runtime but with the
 * tables in ClickHouse: each generation has its own tables ({@code order_line_g2}) and its own processor
 * ({@code analytics-g2}); {@code analytics_generation} in PostgreSQL says which one answers. A replay
 * builds a new generation from event 0 while the active one answers; once it has caught up, one
 * PostgreSQL transaction makes it the active one, and queries read its tables from then on.
 *
 * <p>ClickHouse may be down when the app starts or later: the tables of a generation are created when its
 * processor starts, and a generation whose tables cannot be created yet is tried again at the next
 * reconciliation. Commands never depend on it.
 *
 * <p>Each generation's processor parks an event ClickHouse refuses in its own dead-letter queue
 * ({@code analytics-g<n>}, by aggregate), listed and retried with the read models' (ADR 0041).
 */
public class AnalyticsRuntime implements SmartLifecycle, DeadLetterProcessors {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRuntime.class);
    private static final Set<GenerationState> RUNNABLE = EnumSet.of(GenerationState.ACTIVE, GenerationState.BUILDING);

    private final DataSource clickHouse;
    private final AnalyticsGenerations generations;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final StreamingProcessor.Infrastructure axon;
    private final AnalyticsProperties properties;
    private final DeadLetterQueues deadLetterQueues;
    private final TransientRetry retry;
    private final Map<Generation, Running> running = new ConcurrentHashMap<>();
    private volatile OptionalInt active = OptionalInt.empty();
    private ScheduledExecutorService reconciler;

    public AnalyticsRuntime(DataSource clickHouse, JdbcTemplate jdbc, TransactionTemplate transactions,
                            ProjectionProgress progress, StreamingProcessor.Infrastructure axon,
                            AnalyticsProperties properties, DeadLetterQueues deadLetterQueues, TransientRetry retry,
                            Clock clock) {
        this.clickHouse = clickHouse;
        this.generations = new AnalyticsGenerations(jdbc, clock);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.progress = progress;
        this.axon = axon;
        this.properties = properties;
        this.deadLetterQueues = deadLetterQueues;
        this.retry = retry;
    }

    @Override
    public synchronized void start() {
        transactions.executeWithoutResult(status -> {
            generations.lock();
            if (generations.inState(GenerationState.ACTIVE).isEmpty()) {
                generations.insert(generations.next(), GenerationState.ACTIVE);
            }
        });
        reconcileQuietly();
        reconciler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "analytics-reconciler");
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
        CompletableFuture.allOf(running.values().stream().map(Running::stopAsync).toArray(CompletableFuture[]::new)).join();
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

    /** The generation whose tables answer queries, as of this instance's last reconciliation. */
    public OptionalInt activeGeneration() {
        return active;
    }

    public List<GenerationRecord> generations() {
        return generations.all();
    }

    public Optional<Generation> building() {
        return generations.inState(GenerationState.BUILDING);
    }

    public boolean isRunningHere(Generation generation) {
        return running.containsKey(generation);
    }

    @Override
    public Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLettersOf(String processorName) {
        return running.entrySet().stream().filter(entry -> entry.getKey().processorName().equals(processorName))
                .findFirst().map(entry -> entry.getValue().deadLetters());
    }

    /** Rows stored in a generation's tables, repeats not yet merged away included: what was written. */
    public long rowsOf(Generation generation) throws SQLException {
        long rows = 0;
        try (Connection connection = clickHouse.getConnection(); Statement sql = connection.createStatement()) {
            for (FactTable table : FactTable.values()) {
                try (var result = sql.executeQuery("SELECT count() FROM " + table.physicalName(generation.number()))) {
                    rows += result.next() ? result.getLong(1) : 0;
                }
            }
        }
        return rows;
    }

    /** Starts rebuilding from event 0 into new tables, or returns the rebuild already running. */
    public Generation replay() {
        Generation building = transactions.execute(status -> {
            generations.lock();
            return generations.inState(GenerationState.BUILDING).orElseGet(() -> {
                Generation next = generations.next();
                generations.insert(next, GenerationState.BUILDING);
                return next;
            });
        });
        reconcile();
        return building;
    }

    /** Aligns this instance's processors with the generations table and promotes a caught-up rebuild. */
    public synchronized void reconcile() {
        List<GenerationRecord> records = generations.all();
        Set<Generation> wanted = records.stream().filter(record -> RUNNABLE.contains(record.state()))
                .map(GenerationRecord::generation).collect(Collectors.toSet());
        running.keySet().stream().filter(generation -> !wanted.contains(generation)).toList()
                .forEach(generation -> running.remove(generation).stop());
        wanted.stream().filter(generation -> !running.containsKey(generation)).forEach(this::startQuietly);
        records.stream()
                .filter(record -> record.state() == GenerationState.BUILDING && running.containsKey(record.generation()))
                .map(GenerationRecord::generation)
                .filter(this::hasCaughtUp)
                .forEach(this::activate);
        generations.retiredLongerThan(properties.retiredGrace()).forEach(this::drop);
        active = generations.inState(GenerationState.ACTIVE).map(generation -> OptionalInt.of(generation.number()))
                .orElse(OptionalInt.empty());
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException failure) {
            log.warn("Reconciling the analytics projection failed; trying again in {}", properties.reconcileEvery(), failure);
        }
    }

    private void startQuietly(Generation generation) {
        try {
            execute(generation, FactTable::createStatement);
        } catch (SQLException | RuntimeException failure) {
            log.warn("ClickHouse tables of analytics generation {} cannot be created yet ({}); trying again in {}",
                    generation.number(), failure.getMessage(), properties.reconcileEvery());
            return;
        }
        AtomicReference<StreamingProcessor> started = new AtomicReference<>();
        FactWriter writer = new FactWriter(clickHouse, generation.number(), properties.flushRows(), properties.flushInterval(),
                () -> segmentsClaimed(started.get()), retry);
        var queue = deadLetterQueues.queue(generation.processorName());
        var byAggregate = SequentialPerAggregatePolicy.instance();
        DeadLetteringEventHandlerInvoker invoker = deadLetterQueues.invoker(queue,
                new FactsHandler(writer, properties.batchSize(), queue, byAggregate), byAggregate);
        StreamingProcessor processor = StreamingProcessor.start(generation.processorName(), invoker,
                properties.segments(), properties.batchSize(), axon);
        started.set(processor);
        running.put(generation, new Running(processor, writer, invoker));
    }

    /** The segments this instance processes now: when all of them wait for a write, no more rows can come. */
    private static int segmentsClaimed(StreamingProcessor processor) {
        return processor == null ? 1 : Math.max(1, processor.processor().processingStatus().size());
    }

    private boolean hasCaughtUp(Generation generation) {
        long head = progress.head();
        return head < 0 || progress.hasPassed(generation, head);
    }

    private void activate(Generation building) {
        transactions.executeWithoutResult(status -> {
            generations.lock();
            if (generations.inState(GenerationState.BUILDING).filter(building::equals).isPresent()) {
                generations.activate(building);
            }
        });
        log.info("Analytics now answers from generation {}", building.number());
    }

    private void drop(Generation retired) {
        Optional.ofNullable(running.remove(retired)).ifPresent(Running::stop);
        try {
            execute(retired, FactTable::dropStatement);
        } catch (SQLException | RuntimeException failure) {
            log.warn("Dropping the ClickHouse tables of analytics generation {} failed; trying again later", retired.number(), failure);
            return;
        }
        transactions.executeWithoutResult(status -> {
            generations.lock();
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", retired.processorName());
            jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", retired.processorName());
            generations.markDropped(retired);
        });
    }

    private void execute(Generation generation, StatementOfTable statement) throws SQLException {
        try (Connection connection = clickHouse.getConnection(); Statement sql = connection.createStatement()) {
            for (FactTable table : FactTable.values()) {
                sql.execute(statement.of(table, generation.number()));
            }
        }
    }

    @FunctionalInterface
    private interface StatementOfTable {
        String of(FactTable table, int generation);
    }

    private record Running(StreamingProcessor processor, FactWriter writer, DeadLetteringEventHandlerInvoker deadLetters) {

        CompletableFuture<Void> stopAsync() {
            return processor.stopAsync().whenComplete((done, failure) -> writer.close());
        }

        void stop() {
            stopAsync().join();
        }
    }
}
