package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Runs a scenario: prepares every client before the clock starts, lets all of them loop until the run wants no
 * more steps, and collects the figures. Every wait is bounded, so a run always ends and always reports.
 */
final class ScenarioRunner {

    private static final Duration PREPARE_TIMEOUT = Duration.ofSeconds(30);
    /** Beyond the stop, a client's last request may still run up to the request timeout (10 s). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final CommerceApi api;
    private final Executor executor;

    ScenarioRunner(CommerceApi api, Executor executor) {
        this.api = api;
        this.executor = executor;
    }

    /** Runs {@code clients} clients through the clock's warm-up and measured time. */
    RunResults run(Scenario scenario, int clients, RunClock clock) {
        return run(scenario, clients, clock, () -> true);
    }

    /**
     * Runs {@code clientCount} clients until {@code anotherStep} says no (it is asked before every step of
     * every client) or the clock stops, whichever comes first. The measured time ends with the last client.
     */
    RunResults run(Scenario scenario, int clientCount, RunClock clock, BooleanSupplier anotherStep) {
        Measurements measurements = new Measurements(clock, scenario.metrics());
        List<VirtualClient> clients = IntStream.range(0, clientCount)
                .mapToObj(index -> scenario.newClient(index, api, measurements))
                .toList();
        prepare(scenario, clients);

        clock.start();
        BooleanSupplier goOn = () -> !clock.isOver() && anotherStep.getAsBoolean();
        List<CompletableFuture<Void>> loops = clients.stream()
                .map(client -> ClientLoop.start(client, goOn, executor))
                .toList();
        CompletableFuture<Void> allStopped = CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new));
        // The generator's CPU is taken over the measured window only: during warm-up its JIT is busy too.
        awaitQuietly(allStopped, clock.warmup());
        CpuUse cpu = CpuUse.startingNow();
        awaitQuietly(allStopped, clock.remaining().plus(STOP_GRACE));
        Duration measured = clock.measuredUntil(System.nanoTime());
        failOnScenarioDefect(loops);
        int unfinished = (int) loops.stream().filter(loop -> !loop.isDone()).count();
        return measurements.results(clients.size(), measured, unfinished, cpu.averageCores());
    }

    private void prepare(Scenario scenario, List<VirtualClient> clients) {
        CompletableFuture<Void> all = api.checkReachable()
                .thenCompose(reachable -> scenario.prepareShop(api))
                .thenCompose(shopReady -> CompletableFuture.allOf(
                        clients.stream().map(VirtualClient::prepare).toArray(CompletableFuture[]::new)));
        try {
            all.get(PREPARE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new SetupFailed("Could not prepare the clients at " + api.baseUrl() + " ("
                    + Outcomes.describe(failed.getCause()) + "). Is the app running? See load-tests/README.md.",
                    failed.getCause());
        } catch (TimeoutException slow) {
            throw new SetupFailed("The clients were not ready after " + Report.duration(PREPARE_TIMEOUT)
                    + "; is the app at " + api.baseUrl() + " overloaded?", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SetupFailed("Interrupted while preparing the clients", interrupted);
        }
    }

    /** Waits at most {@code limit}; the caller sees from the futures which ones did not finish. */
    private static void awaitQuietly(CompletableFuture<Void> all, Duration limit) {
        try {
            all.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notAllFinishedCleanly) {
            // Reported through the individual futures.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void failOnScenarioDefect(List<CompletableFuture<Void>> loops) {
        for (CompletableFuture<Void> loop : loops) {
            if (loop.isCompletedExceptionally()) {
                loop.join();
            }
        }
    }
}
