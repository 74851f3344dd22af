package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a run as a short block: one line per latency metric, the outcome counts, and last the scenario's
 * one-line summary, which is the line to paste into a ticket or compare between runs.
 */
final class Report {

    private static final String ROW = "  %-14s %s%n";

    private Report() {
    }

    static String render(LoadTestArguments arguments, Scenario scenario, RunResults results) {
        StringBuilder report = new StringBuilder();
        String label = arguments.scenario().label();
        report.append(String.format(Locale.ROOT, "--- %s: %d clients, measured %s after %s warm-up ---%n",
                label, results.clients(), duration(results.measured()), duration(arguments.warmup())));
        report.append(rows(results));
        scenario.summaryLines(label, results).forEach(line -> report.append(line).append(System.lineSeparator()));
        return report.toString();
    }

    /** The figures of a run without heading or summary: latency per metric, outcomes, generator CPU. */
    static String rows(RunResults results) {
        StringBuilder rows = new StringBuilder();
        results.latencies().forEach((metric, latency) ->
                rows.append(String.format(Locale.ROOT, ROW, metric, latencyRow(latency, results.perSecond(metric)))));
        rows.append(String.format(Locale.ROOT, ROW, "answers", counts(results.outcomes().succeeded())));
        rows.append(String.format(Locale.ROOT, ROW, "retried", counts(results.outcomes().retried())));
        rows.append(String.format(Locale.ROOT, ROW, "errors", counts(results.outcomes().failed())));
        rows.append(String.format(Locale.ROOT, ROW, "generator CPU", String.format(Locale.ROOT,
                "%.2f of %d cores on average (the app runs on the same machine)",
                results.generatorCores(), Runtime.getRuntime().availableProcessors())));
        if (results.unfinishedClients() > 0) {
            rows.append(String.format(Locale.ROOT, ROW, "warning",
                    results.unfinishedClients() + " clients still had a request running when the run gave up"));
        }
        return rows.toString();
    }

    /** "<scenario>: <headline>, errors 0 (16 clients, 30 s)". */
    static String summaryLine(String scenario, String headline, RunResults results) {
        return String.format(Locale.ROOT, "%s: %s, errors %d (%d clients, %s)",
                scenario, headline, results.errors(), results.clients(), duration(results.measured()));
    }

    static String latencyRow(LatencySummary latency, double perSecond) {
        if (latency.count() == 0) {
            return "none in the measured window";
        }
        return String.format(Locale.ROOT, "%d ok, %s/s, p50 %s, p95 %s, p99 %s, max %s", latency.count(),
                rate(perSecond), millis(latency.p50()), millis(latency.p95()), millis(latency.p99()),
                millis(latency.max()));
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** Seconds with one decimal, for times that are measured rather than configured: "42.7 s". */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
    }

    static String duration(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toSeconds() + " s";
    }

    private static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
