package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * How fast the stock-levels projection is rebuilt from the whole event store. In three phases:
 * <ol>
 *   <li>make sure the store holds at least {@code --events} events: the missing ones are stock receipts,
 *       booked by {@code --clients} clients over 200 SKUs (registered first where missing);</li>
 *   <li>wait until the projection's active generation has applied all of them (lag 0) and no rebuild runs;</li>
 *   <li>ask for a rebuild and time it, from the request until the new generation is the active one (by the
 *       times the app gives the generation, where it gives them).</li>
 * </ol>
 * Every phase has a time limit, so the run always ends. Generated events stay in the store: a second run
 * generates nothing and only rebuilds.
 */
final class ReplayBenchmark implements Benchmark {

    static final String PROJECTION = "stock-levels";

    private static final Duration GENERATION_LIMIT = Duration.ofMinutes(30);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);
    private static final Duration REBUILD_LIMIT = Duration.ofMinutes(30);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);
    // Polling is cheap for the app (a few token reads); the rebuild is timed by the app's own clock (its
    // generation's createdAt and activatedAt), so the poll's period does not count in it.
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final long MAX_FAILURES = 1000;

    @Override
    public void run(LoadTestArguments arguments, CommerceApi api, Executor executor) {
        ProjectionStatus start = status(api);
        System.out.printf("replay: %s holds %d events, at least %d wanted%n", arguments.baseUrl(), start.events(),
                arguments.events());
        if (start.events() < arguments.events()) {
            generate(arguments.events() - start.events(), arguments.clients(), api, executor);
        }
        ProjectionStatus caughtUp = awaitCaughtUp(api);
        rebuild(api, caughtUp);
    }

    /** "replay: 100000 events rebuilt in 42.7 s = 2341.9 events/s (projection stock-levels, generation 2)". */
    static String summaryLine(long events, Duration took, int generation) {
        return String.format(Locale.ROOT,
                "replay: %d events rebuilt in %s = %s events/s (projection %s, generation %d)", events,
                Report.seconds(took), Report.rate(events / (took.toNanos() / 1e9)), PROJECTION, generation);
    }

    static void generate(long missing, int clients, CommerceApi api, Executor executor) {
        System.out.printf("replay: generating %d events: stock receipts by %d clients over %d SKUs%n", missing,
                clients, StockCatalog.SKU_COUNT);
        EventQuota quota = new EventQuota(missing, MAX_FAILURES);
        LongAdder registered = new LongAdder();
        Scenario fill = new FillScenario(clients, quota, registered);
        long startedAt = System.nanoTime();
        RunResults results = new ScenarioRunner(api, executor)
                .run(fill, clients, new RunClock(Duration.ZERO, GENERATION_LIMIT), quota::claim);
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        System.out.print(Report.rows(results));
        System.out.printf(Locale.ROOT, "replay: generated %d events in %s = %s events/s (%d stock items registered, "
                        + "%d receipts; %d clients)%n", quota.produced(), Report.seconds(took),
                Report.rate(quota.produced() / (took.toNanos() / 1e9)), registered.sum(),
                quota.produced() - registered.sum(), clients);
        if (!quota.isMet()) {
            throw new SetupFailed("Generated only " + quota.produced() + " of the " + missing + " missing events ("
                    + (quota.gaveUp() ? quota.failures() + " failed requests" : "time limit of "
                    + Report.duration(GENERATION_LIMIT) + " reached") + "). The events stay in the store: "
                    + "running again generates only what is still missing.", null);
        }
    }

    private static ProjectionStatus awaitCaughtUp(CommerceApi api) {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        long reportAt = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (true) {
            ProjectionStatus status = status(api);
            if (status.isCaughtUp()) {
                System.out.printf("replay: %s has caught up (%s)%n", PROJECTION, status.describe());
                return status;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw new SetupFailed("The projection did not catch up within " + Report.duration(CATCH_UP_LIMIT)
                        + " (" + status.describe() + "). A rebuild still running has to end first.", null);
            }
            if (now - reportAt >= 0) {
                System.out.printf("  waiting for %s%n", status.describe());
                reportAt = now + PROGRESS_EVERY.toNanos();
            }
            pause();
        }
    }

    private static void rebuild(CommerceApi api, ProjectionStatus before) {
        System.out.printf("replay: rebuilding %s from event 0 (%d events in the store)%n", PROJECTION, before.events());
        long startedAt = System.nanoTime();
        ApiAnswer started = await(api.replay(PROJECTION), "POST /admin/projections/" + PROJECTION + "/replay");
        int number = Json.read(started.requireSuccess().body()).path("generation").asInt(-1);
        long deadline = startedAt + REBUILD_LIMIT.toNanos();
        long reportAt = startedAt + PROGRESS_EVERY.toNanos();
        long lastPosition = 0;
        long lastAt = startedAt;
        while (true) {
            ProjectionStatus status = status(api);
            long now = System.nanoTime();
            ProjectionStatus.Generation generation = status.generation(number).orElseThrow(() -> new SetupFailed(
                    "Generation " + number + " of " + PROJECTION + " is gone (" + status.describe() + ")", null));
            long position = generation.position().orElse(0);
            if (generation.state().equals(ProjectionStatus.ACTIVE)) {
                // Every event the store held: the switch waits for all of them, while the position shown is the
                // lowest stored token, which a segment that only skipped the last events stores a little later.
                // Timed by the app's clock where it says (from the generation's creation at the request until it
                // answered): seen here, the end comes up to one poll later.
                Duration seen = Duration.ofNanos(now - startedAt);
                System.out.printf(Locale.ROOT, "replay: seen active here after %s (polled every %d ms)%s%n",
                        Report.seconds(seen), POLL_EVERY.toMillis(), generation.rebuildTime()
                                .map(took -> "; the app's clock: created " + generation.createdAt().orElseThrow()
                                        + ", active " + generation.activatedAt().orElseThrow())
                                .orElse("; the app gives no times: timed here"));
                System.out.println(summaryLine(before.events(), generation.rebuildTime().orElse(seen), number));
                return;
            }
            if (now - deadline >= 0) {
                throw new SetupFailed("Generation " + number + " was not active after "
                        + Report.duration(REBUILD_LIMIT) + " (" + status.describe() + "). With lag 0, a gap in the "
                        + "event store's numbering may keep the app from switching: see load-tests/README.md.", null);
            }
            if (now - reportAt >= 0) {
                System.out.printf(Locale.ROOT, "  generation %d %s: %d of %d events, %s events/s%n", number,
                        generation.state(), position, status.events(),
                        Report.rate((position - lastPosition) / ((now - lastAt) / 1e9)));
                lastPosition = position;
                lastAt = now;
                reportAt = now + PROGRESS_EVERY.toNanos();
            }
            pause();
        }
    }

    private static ProjectionStatus status(CommerceApi api) {
        ApiAnswer answer = await(api.projections(), "GET /admin/projections");
        try {
            return ProjectionStatus.parse(answer.requireSuccess().body(), PROJECTION);
        } catch (RequestFailed | IllegalArgumentException unusable) {
            throw new SetupFailed("GET /admin/projections: " + unusable.getMessage(), unusable);
        }
    }

    static ApiAnswer await(CompletableFuture<ApiAnswer> request, String what) {
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

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("Interrupted while waiting for " + PROJECTION, interrupted);
        }
    }

    /** Stock receipts until the quota is met: every claimed receipt is settled as stored or failed. */
    private static final class FillScenario implements Scenario {

        private final int clients;
        private final EventQuota quota;
        private final LongAdder registered;

        FillScenario(int clients, EventQuota quota, LongAdder registered) {
            this.clients = clients;
            this.quota = quota;
            this.registered = registered;
        }

        @Override
        public List<String> metrics() {
            return List.of(StockReceiver.RECEIPT);
        }

        @Override
        public VirtualClient newClient(int index, CommerceApi api, Measurements measurements) {
            VirtualClient receiver = new StockReceiver(index, clients, api, measurements, created -> {
                registered.add(created);
                quota.producedUnclaimed(created);
            }, (sku, receipt) -> CompletableFuture.completedFuture(null));
            return new VirtualClient() {
                @Override
                public CompletableFuture<Void> prepare() {
                    return receiver.prepare();
                }

                @Override
                public CompletableFuture<Void> runOnce() {
                    return receiver.runOnce().whenComplete((ignored, failure) -> {
                        if (failure == null) {
                            quota.stored();
                        } else {
                            quota.failed();
                        }
                    });
                }
            };
        }

        @Override
        public String headline(RunResults results) {
            return Report.rate(results.perSecond(StockReceiver.RECEIPT)) + " receipts/s";
        }
    }
}
