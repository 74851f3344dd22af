package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Search over a catalog of {@value #CATALOG} products, in four phases:
 * <ol>
 *   <li>make sure the catalog holds them: the missing ones are created and published over HTTP by
 *       {@code --clients} clients, and the run waits until Elasticsearch has every one;</li>
 *   <li>{@code --clients} shoppers search for the warm-up plus the measured time (words, typos, categories
 *       with sorting, price ranges, attribute filters; facets always): searches/s and latency;</li>
 *   <li>a reindex, timed from the request until the alias points at the new, complete index: documents indexed
 *       per second (the documents come from PostgreSQL; ADR 0101);</li>
 *   <li>a rebuild from events (a replay of the search projection into a new generation), timed the same way.</li>
 * </ol>
 */
final class SearchBenchmark implements Benchmark {

    static final int CATALOG = 10_000;
    static final String SEARCH = "search";
    static final String PROJECTION = "product-search";

    private static final Duration SEED_LIMIT = Duration.ofMinutes(30);
    private static final Duration INDEX_LIMIT = Duration.ofMinutes(10);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);
    /** Often enough for a reindex of about a second; each look counts the documents in PostgreSQL and Elasticsearch. */
    private static final Duration POLL_EVERY = Duration.ofMillis(100);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final long MAX_FAILURES = 1000;

    @Override
    public void run(LoadTestArguments arguments, CommerceApi api, Executor executor) {
        SearchIndexState start = status(api);
        long documents = start.active().map(SearchIndexState.Generation::documents).orElse(0L);
        System.out.printf("search: %s has %d products, at least %d wanted%n", arguments.baseUrl(), documents, CATALOG);
        if (documents < CATALOG) {
            seed(documents, CATALOG - documents, arguments.clients(), api, executor);
        }
        awaitLive(api, "search: waiting until Elasticsearch has every product", state -> state.active()
                .filter(active -> active.documents() >= CATALOG && active.isLive(state.aliased())).isPresent());

        System.out.printf("search: %d clients against %s, warm-up %s, then measuring %s%n", arguments.clients(),
                arguments.baseUrl(), Report.duration(arguments.warmup()), Report.duration(arguments.duration()));
        SearchScenario scenario = new SearchScenario();
        RunResults results = new ScenarioRunner(api, executor).run(scenario, arguments.clients(),
                new RunClock(arguments.warmup(), arguments.duration()));
        System.out.print(Report.render(arguments, scenario, results));

        reindex(api);
        replay(api);
    }

    private static void seed(long existing, long missing, int clients, CommerceApi api, Executor executor) {
        System.out.printf("search: seeding %d products (create and publish) with %d clients%n", missing, clients);
        EventQuota quota = new EventQuota(missing, MAX_FAILURES);
        AtomicLong next = new AtomicLong(existing);
        Scenario seeding = new Scenario() {
            @Override
            public List<String> metrics() {
                return List.of("create", "publish");
            }

            @Override
            public VirtualClient newClient(int index, CommerceApi clientApi, Measurements measurements) {
                return new VirtualClient() {
                    @Override
                    public CompletableFuture<Void> prepare() {
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public CompletableFuture<Void> runOnce() {
                        long n = next.getAndIncrement();
                        return measurements.timed("create", () -> clientApi.createProduct(SearchCatalog.product(n)))
                                .thenCompose(created -> measurements.timed("publish",
                                        () -> clientApi.publishProduct(created.field("productId"))))
                                .whenComplete((published, failure) -> {
                                    if (failure == null) {
                                        quota.stored();
                                    } else {
                                        quota.failed();
                                    }
                                })
                                .thenAccept(published -> { });
                    }
                };
            }

            @Override
            public String headline(RunResults results) {
                return Report.rate(results.perSecond("publish")) + " products/s";
            }
        };
        long startedAt = System.nanoTime();
        RunResults results = new ScenarioRunner(api, executor)
                .run(seeding, clients, new RunClock(Duration.ZERO, SEED_LIMIT), quota::claim);
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        System.out.print(Report.rows(results));
        System.out.printf(Locale.ROOT, "search: seeded %d products in %s = %s products/s%n", quota.produced(),
                Report.seconds(took), Report.rate(quota.produced() / (took.toNanos() / 1e9)));
        if (!quota.isMet()) {
            throw new SetupFailed("Seeded only " + quota.produced() + " of " + missing + " products; running again "
                    + "seeds only what is missing.", null);
        }
    }

    private static void reindex(CommerceApi api) {
        System.out.println("search: indexing the documents again into a new index");
        long startedAt = System.nanoTime();
        ApiAnswer started = await(api.reindexSearch(), "POST /admin/search/reindex");
        String index = Json.read(started.requireSuccess().body()).path("index").asText();
        SearchIndexState live = awaitLive(api, "  index " + index, state -> state.indexed(index)
                .filter(generation -> generation.isLive(state.aliased())).isPresent());
        report("search reindex", live.indexed(index).orElseThrow(), startedAt, live);
    }

    private static void replay(CommerceApi api) {
        System.out.printf("search: replaying %s into a new generation and index%n", PROJECTION);
        long startedAt = System.nanoTime();
        ApiAnswer started = await(api.replay(PROJECTION), "POST /admin/projections/" + PROJECTION + "/replay");
        int number = Json.read(started.requireSuccess().body()).path("generation").asInt(-1);
        SearchIndexState live = awaitLive(api, "  generation " + number, state -> state.generation(number)
                .filter(generation -> generation.isLive(state.aliased())).isPresent());
        report("search rebuild", live.generation(number).orElseThrow(), startedAt, live);
    }

    private static void report(String what, SearchIndexState.Generation generation, long startedAt, SearchIndexState live) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        System.out.println(String.format(Locale.ROOT, "%s: %d documents indexed in %s = %s documents/s "
                        + "(projection %s, generation %d, alias swapped to %s)", what, generation.documents(),
                Report.seconds(took), Report.rate(generation.documents() / (took.toNanos() / 1e9)), PROJECTION,
                generation.number(), live.aliased()));
    }

    private static SearchIndexState awaitLive(CommerceApi api, String label,
                                              Predicate<SearchIndexState> done) {
        long deadline = System.nanoTime() + INDEX_LIMIT.toNanos();
        long reportAt = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (true) {
            SearchIndexState state = status(api);
            if (done.test(state)) {
                return state;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new SetupFailed("Search was not ready within " + Report.duration(INDEX_LIMIT) + " (" + state.describe() + ")", null);
            }
            if (now - reportAt >= 0) {
                System.out.println(label + ": " + state.describe());
                reportAt = now + PROGRESS_EVERY.toNanos();
            }
            try {
                Thread.sleep(POLL_EVERY.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SetupFailed("Interrupted while waiting for the search index", interrupted);
            }
        }
    }

    private static SearchIndexState status(CommerceApi api) {
        ApiAnswer answer = await(api.searchStatus(), "GET /admin/search");
        try {
            return SearchIndexState.parse(answer.requireSuccess().body());
        } catch (RequestFailed unusable) {
            throw new SetupFailed("GET /admin/search: " + unusable.getMessage()
                    + " (is the app running with Elasticsearch? scripts/run-with-servers.sh)", unusable);
        }
    }

    private static ApiAnswer await(CompletableFuture<ApiAnswer> request, String what) {
        try {
            return request.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new SetupFailed(what + " failed (" + Outcomes.describe(failed.getCause())
                    + "). Is the app running? See load-tests/README.md.", failed.getCause());
        } catch (TimeoutException slow) {
            throw new SetupFailed(what + " had no answer after " + Report.duration(ADMIN_TIMEOUT), slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("Interrupted during " + what, interrupted);
        }
    }

    /** Each shopper sends one search after another, chosen at random from {@link SearchCatalog#query}. */
    static final class SearchScenario implements Scenario {

        @Override
        public List<String> metrics() {
            return List.of(SEARCH);
        }

        @Override
        public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
            SplittableRandom random = new SplittableRandom(index);
            return new VirtualClient() {
                @Override
                public CompletableFuture<Void> prepare() {
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public CompletableFuture<Void> runOnce() {
                    return measurements.timed(SEARCH, () -> api.search(SearchCatalog.query(random))).thenAccept(answer -> { });
                }
            };
        }

        @Override
        public String headline(RunResults results) {
            LatencySummary searches = results.latency(SEARCH);
            return Report.rate(results.perSecond(SEARCH)) + " searches/s, p50 " + Report.millis(searches.p50())
                    + ", p95 " + Report.millis(searches.p95()) + ", p99 " + Report.millis(searches.p99());
        }
    }
}
