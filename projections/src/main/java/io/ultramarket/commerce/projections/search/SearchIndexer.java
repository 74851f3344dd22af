package io.ultramarket.commerce.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.ultramarket.commerce.projections.columns.JsonColumns;
import io.ultramarket.commerce.projections.runtime.GenerationRecord;
import io.ultramarket.commerce.projections.runtime.GenerationState;
import io.ultramarket.commerce.projections.runtime.ProcessingPhases;
import io.ultramarket.commerce.projections.runtime.ProjectionRuntime;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanFactory;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ships changed search documents from PostgreSQL to Elasticsearch, on a thread of its own. Each generation
 * of the {@code product-search} projection has its own index ({@code <alias>-g<n>-<created>}); once the
 * active generation's index has every document, the alias moves to it in one request, so searches keep
 * answering from the old index until the new one is complete. When Elasticsearch fails, the indexer waits
 * (doubling up to {@code maxBackoff}) and tries again; the documents stay pending in PostgreSQL meanwhile,
 * so nothing is lost and nothing is sent twice with effect (revisions are external versions).
 *
 * <p>Every instance of the app runs an indexer, but one cycle runs at a time across them: a cycle runs only
 * on the instance that gets the turn ({@link SearchIndexerTurn}), the others skip theirs. Which indices are
 * unused, and since when, is kept in PostgreSQL ({@link UnusedSearchIndices}), so the grace before deleting
 * one holds across instances (ADR 0056).
 */
public class SearchIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final Set<GenerationState> KEPT = EnumSet.of(GenerationState.ACTIVE, GenerationState.BUILDING,
            GenerationState.RETIRED);

    private final ProjectionRuntime runtime;
    private final SearchIndices indices;
    private final SearchDocumentRows rows;
    private final SearchIndexerSettings settings;
    private final Clock clock;
    private final SearchIndexerTurn turn;
    private final UnusedSearchIndices unused;
    private final SearchReindexRounds rounds;
    private final SearchIndexCopy copy;
    private final SpanFactory spans;
    private ScheduledExecutorService thread;
    private volatile boolean turnHere;
    private volatile int consecutiveFailures;
    private volatile String lastFailure;
    private volatile Instant lastShippedAt;
    private Instant nextAttempt = Instant.MIN;

    public SearchIndexer(ElasticsearchClient client, RestClient restClient, JdbcTemplate jdbc, JsonColumns json,
                         ProjectionRuntime runtime, SearchIndexerSettings settings, Clock clock, SpanFactory spans) {
        this.runtime = runtime;
        this.indices = new SearchIndices(client, restClient, settings);
        this.rows = new SearchDocumentRows(jdbc, json);
        this.settings = settings;
        this.clock = clock;
        this.turn = new SearchIndexerTurn(jdbc, settings.alias());
        this.unused = new UnusedSearchIndices(jdbc, settings.alias());
        this.rounds = new SearchReindexRounds(jdbc, settings.alias());
        this.copy = new SearchIndexCopy(rows, indices, settings);
        this.spans = spans;
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, "search-indexer");
            named.setDaemon(true);
            return named;
        });
        long every = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::shipWhenDue, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** After the projection runtime, which creates the generations this ships. */
    @Override
    public int getPhase() {
        return ProcessingPhases.SEARCH_INDEXER;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Whether this instance had the turn at its latest cycle; another instance ships meanwhile if not. */
    public boolean hadTheTurn() {
        return turnHere;
    }

    /**
     * One cycle now, on the caller's thread, if no other instance is running one: ships what is pending,
     * moves the alias, deletes indices unused for longer than the grace. Answers whether it ran. Blocking.
     */
    public boolean runOnce() throws IOException {
        turnHere = turn.runIfFree(this::shipOnce);
        return turnHere;
    }

    private void shipWhenDue() {
        if (clock.instant().isBefore(nextAttempt)) {
            return;
        }
        try {
            if (!runOnce()) {
                return;
            }
            if (consecutiveFailures > 0) {
                log.info("Elasticsearch answers again after {} failed attempts; search documents are shipped", consecutiveFailures);
            }
            consecutiveFailures = 0;
            lastFailure = null;
        } catch (IOException | RuntimeException failure) {
            int failures = ++consecutiveFailures;
            lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            Duration wait = backoff(failures);
            nextAttempt = clock.instant().plus(wait);
            if (failures == 1 || Integer.bitCount(failures) == 1) {
                log.warn("Shipping search documents failed ({} attempts in a row); next attempt in {}", failures, wait, failure);
            }
        }
    }

    private Duration backoff(int failures) {
        Duration doubled = settings.pollInterval().multipliedBy(1L << Math.min(failures, 20));
        return doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
    }

    private void shipOnce() throws IOException {
        List<GenerationRecord> generations = runtime.generations(SearchDocumentsSchema.PROJECTION);
        IndexNames names = new IndexNames(rounds.rounds());
        // What Elasticsearch has, asked once: an idle cycle sends it nothing else (ADR 0112).
        IndexListing listing = indices.listing();
        for (GenerationRecord record : generations) {
            if (record.state() == GenerationState.ACTIVE) {
                SearchReindexRounds.Round round = names.round(record);
                if (!round.filled()) {
                    fill(record, names.of(record), round.number(), listing);
                }
                ship(record, names.of(record), false, listing);
            } else if (record.state() == GenerationState.BUILDING && rows.pendingCount(record.generation()) >= settings.bulkSize()) {
                ship(record, names.of(record), true, listing);
            }
        }
        Optional<GenerationRecord> active = active(generations);
        if (active.isPresent() && !listing.aliased().contains(names.of(active.get()))
                && rows.pendingCount(active.get().generation()) == 0) {
            indices.pointAliasAt(names.of(active.get()), listing);
        }
        deleteUnused(generations, names, listing);
        forgetRoundsOfDropped(generations, names);
    }

    /**
     * A dropped generation's rounds name nothing any more. Only an active generation gets rounds, and generations are
     * numbered in the order they are made, so every generation below the lowest one kept is gone: a generation made
     * after this cycle read the list has a higher number and keeps its rounds. Only cycles that find such rows write.
     */
    private void forgetRoundsOfDropped(List<GenerationRecord> generations, IndexNames names) {
        generations.stream().filter(record -> KEPT.contains(record.state()))
                .mapToInt(record -> record.generation().number()).min()
                .ifPresent(lowestKept -> {
                    if (names.rounds.keySet().stream().anyMatch(generation -> generation < lowestKept)) {
                        rounds.forgetBelow(lowestKept);
                    }
                });
    }

    /**
     * Indexes the active generation's documents again, into a new index filled from PostgreSQL (no replay of events):
     * for a changed mapping or analysis, or an index that went wrong. Searches answer from the current index until
     * the new one has every document; then the alias moves and the old index goes after the grace (ADR 0101). Asking
     * while a reindex runs answers that one, and so does asking at the same moment as another request; empty before the
     * first generation is active. Blocking.
     */
    public Optional<SearchReindex> reindex() throws IOException {
        Optional<GenerationRecord> found = active(runtime.generations(SearchDocumentsSchema.PROJECTION));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GenerationRecord active = found.get();
        int generation = active.generation().number();
        int round = rounds.rounds().getOrDefault(generation, SearchReindexRounds.Round.FIRST).number();
        String current = indexOf(active, round);
        if (round > 0 && !indices.listing().aliased().contains(current)) {
            return Optional.of(new SearchReindex(generation, current));
        }
        String index = indexOf(active, rounds.next(generation, round, clock.instant()));
        shipSoon();
        return Optional.of(new SearchReindex(generation, index));
    }

    /** A cycle at once rather than at the next poll (none while stopped). */
    private synchronized void shipSoon() {
        if (thread != null) {
            thread.execute(this::shipWhenDue);
        }
    }

    private static Optional<GenerationRecord> active(List<GenerationRecord> generations) {
        return generations.stream().filter(record -> record.state() == GenerationState.ACTIVE).findFirst();
    }

    /**
     * Fills the index of a reindex's round with every document of the generation ({@link SearchIndexCopy}), then
     * records the round as filled; a copy cut short (a crash, Elasticsearch failing) is made again whole by the next
     * cycle (ADR 0101).
     */
    private void fill(GenerationRecord record, String index, int round, IndexListing listing) throws IOException {
        traced(() -> "SearchIndexer.copy into " + index, () -> {
            indices.ensure(index, listing, () -> {
            });
            long startedAt = System.nanoTime();
            long copied = copy.copyAll(record.generation(), index);
            rounds.filled(record.generation().number(), round);
            lastShippedAt = clock.instant();
            log.info("Copied {} search documents into {} in {} ms", copied, index, (System.nanoTime() - startedAt) / 1_000_000);
        });
    }

    /**
     * Ships the generation's changed documents. A generation being built (a replay) is shipped only in full bulks:
     * a replay changes each document several times in quick succession (created, published, in stock...), and a
     * document read later goes out once at its latest revision instead of once per change. Nobody searches its
     * index yet; the rest goes out once the generation is active, before the alias moves (ADR 0078). An index
     * Elasticsearch lost (deleted, or a cluster replaced) is created again with every document pending (ADR 0099).
     */
    private void ship(GenerationRecord record, String index, boolean fullBulksOnly, IndexListing listing)
            throws IOException {
        indices.ensure(index, listing, () -> {
            int again = rows.shipAllAgain(record.generation());
            if (again > 0) {
                log.warn("Search index {} is missing from Elasticsearch although {} of its documents went out: it is "
                        + "created again and they are all shipped again", index, again);
            }
        });
        long startedAt = System.nanoTime();
        long shipped = 0;
        List<PendingDocument> batch = rows.pending(record.generation(), settings.bulkSize());
        while (!batch.isEmpty() && (!fullBulksOnly || batch.size() >= settings.bulkSize())) {
            write(index, batch);
            rows.markShipped(record.generation(), batch);
            lastShippedAt = clock.instant();
            shipped += batch.size();
            batch = rows.pending(record.generation(), settings.bulkSize());
        }
        if (shipped > 0 && log.isDebugEnabled()) {
            log.debug("Shipped {} search documents to {} in {} ms", shipped, index, (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    /**
     * One bulk request, a span of its own (ADR 0060): the rows are products' latest documents, written by
     * events of many traces, so it starts a trace rather than join one. Idle cycles make no span.
     */
    private void write(String index, List<PendingDocument> batch) throws IOException {
        traced(() -> "SearchIndexer.ship " + batch.size() + " documents", () -> indices.write(index, batch));
    }

    private interface ElasticsearchWork {
        void run() throws IOException;
    }

    private void traced(Supplier<String> name, ElasticsearchWork work) throws IOException {
        Span span = spans.createRootTrace(name).start();
        try {
            work.run();
        } catch (IOException | RuntimeException failure) {
            span.recordException(failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    /**
     * Indices of generations that were dropped (their tables are gone), unless the alias still points there.
     * An index is deleted only {@code inFlightGrace} after it was first seen unused, by any instance: a search
     * that resolved the alias just before it moved may still be running on the old index, and must not fail.
     */
    private void deleteUnused(List<GenerationRecord> generations, IndexNames names, IndexListing listing) throws IOException {
        Set<String> kept = new HashSet<>(listing.aliased());
        generations.stream().filter(record -> KEPT.contains(record.state())).map(names::of).forEach(kept::add);
        Instant now = clock.instant();
        List<String> notKept = listing.generationIndices().stream().filter(index -> !kept.contains(index)).toList();
        Map<String, Instant> since = unused.unusedSince(notKept, now);
        for (String index : notKept) {
            if (!since.get(index).plus(settings.inFlightGrace()).isAfter(now)) {
                indices.delete(index, listing);
                unused.deleted(index);
            }
        }
    }

    /**
     * The index of a generation at a round of indexing. Its creation time is part of the name, so a fresh event store
     * next to an old Elasticsearch data folder never writes into an index holding higher revisions of other products;
     * the round (after the first) tells a reindex's index from the one it replaces.
     */
    String indexOf(GenerationRecord record, int round) {
        String index = settings.alias() + "-g" + record.generation().number() + "-" + record.createdAt().getEpochSecond();
        return round == 0 ? index : index + "-r" + round;
    }

    /** The generations' indices at their latest rounds, as read once per cycle. */
    private final class IndexNames {

        private final Map<Integer, SearchReindexRounds.Round> rounds;

        IndexNames(Map<Integer, SearchReindexRounds.Round> rounds) {
            this.rounds = rounds;
        }

        SearchReindexRounds.Round round(GenerationRecord record) {
            return rounds.getOrDefault(record.generation().number(), SearchReindexRounds.Round.FIRST);
        }

        String of(GenerationRecord record) {
            return indexOf(record, round(record).number());
        }
    }

    /** A snapshot for operators; asks PostgreSQL and, when it answers, Elasticsearch. Blocking. */
    public SearchIndexStatus status() {
        List<SearchIndexStatus.GenerationIndex> generations = new ArrayList<>();
        List<String> aliased;
        try {
            aliased = List.copyOf(indices.listing().aliased());
        } catch (IOException | RuntimeException unreachable) {
            aliased = List.of();
        }
        IndexNames names = new IndexNames(rounds.rounds());
        for (GenerationRecord record : runtime.generations(SearchDocumentsSchema.PROJECTION)) {
            if (!KEPT.contains(record.state())) {
                continue;
            }
            String index = names.of(record);
            Long indexed;
            try {
                indexed = indices.count(index).orElse(null);
            } catch (IOException | RuntimeException unreachable) {
                indexed = null;
            }
            try {
                generations.add(new SearchIndexStatus.GenerationIndex(record.generation().number(),
                        record.state().name(), index, rows.documentCount(record.generation()),
                        rows.pendingCount(record.generation()), indexed));
            } catch (DataAccessException dropped) {
                // A retired generation whose tables were dropped since the list was read: it is gone.
            }
        }
        return new SearchIndexStatus(settings.alias(), aliased, generations, consecutiveFailures, lastFailure,
                lastShippedAt);
    }
}
