package io.ultramarket.commerce.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times requests and counts their outcomes, keeping only what completes inside the measured window. Latency
 * is recorded for successful requests only; failures are counted by status instead.
 */
final class Measurements {

    /** A conflict is retried this often before it counts as an error; a handful is plenty for one cart. */
    static final int MAX_ATTEMPTS = 5;

    private final RunClock clock;
    // Filled in the constructor and only read afterwards, so a plain map is safe to share.
    private final Map<String, LatencyRecorder> latencies = new LinkedHashMap<>();
    private final Outcomes outcomes = new Outcomes();

    Measurements(RunClock clock, List<String> metrics) {
        this.clock = clock;
        metrics.forEach(metric -> latencies.put(metric, new LatencyRecorder(LatencyRecorder.DEFAULT_CAPACITY)));
    }

    /**
     * Sends a request, retrying it while the app reports a concurrent modification, and records the time from
     * the first attempt to the final answer under {@code metric}. Completes exceptionally unless the final
     * answer is a success, so that callers can simply chain the next step.
     */
    CompletableFuture<ApiAnswer> timed(String metric, Supplier<CompletableFuture<ApiAnswer>> request) {
        recorder(metric);
        return timed(answer -> metric, request);
    }

    /**
     * As {@link #timed(String, Supplier)}, with the metric chosen by the successful answer: a read that came
     * back current is recorded apart from one that came back stale, say.
     */
    CompletableFuture<ApiAnswer> timed(Function<ApiAnswer, String> metricOf,
                                       Supplier<CompletableFuture<ApiAnswer>> request) {
        long startedAt = System.nanoTime();
        return retryingConflicts(request, 1).handle((answer, failure) -> {
            long completedAt = System.nanoTime();
            boolean measured = clock.isMeasured(completedAt);
            if (failure != null) {
                if (measured) {
                    outcomes.failed(Outcomes.labelOf(failure));
                }
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            if (!answer.isSuccess()) {
                if (measured) {
                    outcomes.failed(answer.outcome());
                }
                throw new RequestFailed(answer);
            }
            if (measured) {
                outcomes.succeeded(answer.outcome());
                recorder(metricOf.apply(answer)).record(completedAt - startedAt);
            }
            return answer;
        });
    }

    /** Records a span made of several requests, such as a whole checkout flow. */
    void recordSpan(String metric, long startedAt) {
        long completedAt = System.nanoTime();
        if (clock.isMeasured(completedAt)) {
            recorder(metric).record(completedAt - startedAt);
        }
    }

    /** Counts an error the app's status does not show, such as a replay that took effect again. */
    void countFailure(String label) {
        if (clock.isMeasured(System.nanoTime())) {
            outcomes.failed(label);
        }
    }

    RunResults results(int clients, Duration measured, int unfinishedClients, double generatorCores) {
        Map<String, LatencySummary> summaries = new LinkedHashMap<>();
        latencies.forEach((metric, recorder) -> summaries.put(metric, recorder.summarize()));
        return new RunResults(clients, measured, summaries, outcomes.snapshot(), unfinishedClients, generatorCores);
    }

    private CompletableFuture<ApiAnswer> retryingConflicts(Supplier<CompletableFuture<ApiAnswer>> request,
                                                           int attempt) {
        return request.get().thenCompose(answer -> {
            if (answer.isConcurrentModification() && attempt < MAX_ATTEMPTS) {
                if (clock.isMeasured(System.nanoTime())) {
                    outcomes.retried("409 concurrent modification");
                }
                return retryingConflicts(request, attempt + 1);
            }
            return CompletableFuture.completedFuture(answer);
        });
    }

    private LatencyRecorder recorder(String metric) {
        LatencyRecorder recorder = latencies.get(metric);
        if (recorder == null) {
            throw new IllegalArgumentException("metric '" + metric + "' was not declared by the scenario");
        }
        return recorder;
    }
}
