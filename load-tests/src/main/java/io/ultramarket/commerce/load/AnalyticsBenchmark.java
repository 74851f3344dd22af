package io.ultramarket.commerce.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two outside writers of the app, measured against the real servers (start the app with
 * scripts/run-with-servers.sh):
 * <ol>
 *   <li>Kafka: {@code --events} new events (stock receipts) are written over HTTP, and the run times how
 *       long the publisher takes to have every one acknowledged by the broker: events published per second,
 *       with the publisher's largest lag while they were written;</li>
 *   <li>ClickHouse: a replay of the analytics projection from event 0 into new tables, timed until the new
 *       generation has every event: rows per second (and events per second).</li>
 * </ol>
 */
final class AnalyticsBenchmark implements Benchmark {

    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    @Override
    public void run(LoadTestArguments arguments, CommerceApi api, Executor executor) {
        publishing(arguments, api, executor);
        replay(api);
    }

    private static void publishing(LoadTestArguments arguments, CommerceApi api, Executor executor) {
        JsonNode before = awaitPublisher(api, "before writing");
        long from = before.path("position").asLong();
        AtomicLong peakLag = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleWithFixedDelay(() -> {
            JsonNode status = publisher(api);
            peakLag.accumulateAndGet(status.path("lag").asLong(0), Math::max);
        }, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        long startedAt = System.nanoTime();
        try {
            ReplayBenchmark.generate(arguments.events(), arguments.clients(), api, executor);
        } finally {
            sampler.shutdownNow();
        }
        JsonNode after = awaitPublisher(api, "after writing");
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        long published = after.path("position").asLong() - from;
        System.out.printf(Locale.ROOT, "kafka: %d events published in %s = %s events/s (acks=all, idempotent; "
                        + "largest publisher lag while writing: %d events)%n", published, Report.seconds(took),
                Report.rate(published / (took.toNanos() / 1e9)), peakLag.get());
    }

    private static void replay(CommerceApi api) {
        JsonNode active = awaitAnalytics(api);
        long events = active.path("head").asLong();
        System.out.printf("analytics: rebuilding from event 0 into new ClickHouse tables (%d events in the store)%n", events);
        long startedAt = System.nanoTime();
        ApiAnswer started = ReplayBenchmark.await(api.replay("analytics"), "POST /admin/projections/analytics/replay");
        int number = Json.read(started.requireSuccess().body()).path("generation").asInt(-1);
        long reportAt = startedAt + PROGRESS_EVERY.toNanos();
        while (true) {
            JsonNode generation = generation(analytics(api), number);
            long now = System.nanoTime();
            long position = generation.path("position").asLong(0);
            long rows = generation.path("rows").asLong(0);
            boolean built = generation.path("lag").isNumber() && generation.path("lag").asLong() == 0 && position >= events;
            if (built || generation.path("state").asText().equals("ACTIVE")) {
                double seconds = (now - startedAt) / 1e9;
                System.out.printf(Locale.ROOT, "analytics replay: %d events, %d ClickHouse rows in %s = %s rows/s "
                                + "(%s events/s), generation %d%n", position, rows,
                        Report.seconds(Duration.ofNanos(now - startedAt)), Report.rate(rows / seconds),
                        Report.rate(position / seconds), number);
                return;
            }
            if (now - startedAt > LIMIT.toNanos()) {
                throw new SetupFailed("analytics generation " + number + " was not built after " + Report.duration(LIMIT), null);
            }
            if (now - reportAt >= 0) {
                System.out.printf("  generation %d: %d of %d events, %d rows%n", number, position, events, rows);
                reportAt = now + PROGRESS_EVERY.toNanos();
            }
            pause();
        }
    }

    /** Waits until the publisher has published every stored event. */
    private static JsonNode awaitPublisher(CommerceApi api, String when) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            JsonNode status = publisher(api);
            if (!status.path("enabled").asBoolean()) {
                throw new SetupFailed("The app publishes no integration events: start it with spring.kafka.bootstrap-servers "
                        + "(scripts/run-with-servers.sh)", null);
            }
            if (status.path("lag").isNumber() && status.path("lag").asLong() == 0) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new SetupFailed("The Kafka publisher did not catch up " + when + ": " + status, null);
            }
            pause();
        }
    }

    /** Waits until the active analytics generation has every event and no rebuild runs. */
    private static JsonNode awaitAnalytics(CommerceApi api) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            JsonNode status = analytics(api);
            boolean caughtUp = true;
            for (JsonNode generation : status.path("generations")) {
                String state = generation.path("state").asText();
                if (state.equals("BUILDING") || state.equals("ACTIVE") && generation.path("lag").asLong(-1) != 0) {
                    caughtUp = false;
                }
            }
            if (caughtUp) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new SetupFailed("Analytics did not catch up: " + status, null);
            }
            pause();
        }
    }

    private static JsonNode generation(JsonNode status, int number) {
        for (JsonNode generation : status.path("generations")) {
            if (generation.path("generation").asInt() == number) {
                return generation;
            }
        }
        throw new SetupFailed("analytics generation " + number + " is gone: " + status, null);
    }

    private static JsonNode publisher(CommerceApi api) {
        return Json.read(ReplayBenchmark.await(api.integrationEvents(), "GET /admin/integration-events").requireSuccess().body());
    }

    private static JsonNode analytics(CommerceApi api) {
        return Json.read(ReplayBenchmark.await(api.analytics(), "GET /admin/projections/analytics").requireSuccess().body());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("Interrupted while waiting", interrupted);
        }
    }
}
