package io.ultramarket.commerce.load;

import java.time.Duration;
import java.util.Map;

/**
 * What a run measured: latency per metric and outcome counts within the measured window.
 *
 * @param unfinishedClients clients whose last request had not ended when the run gave up waiting for them
 * @param generatorCores    CPU the load generator itself used in the measured window, in cores:
 *                          on a machine shared with the app, every core it uses is one the app lacks
 */
record RunResults(int clients, Duration measured, Map<String, LatencySummary> latencies,
                  Outcomes.Snapshot outcomes, int unfinishedClients, double generatorCores) {

    LatencySummary latency(String metric) {
        return latencies.getOrDefault(metric, LatencySummary.NONE);
    }

    /** Successful completions of a metric per second of measured time. */
    double perSecond(String metric) {
        return latency(metric).count() / (measured.toNanos() / 1e9);
    }

    long errors() {
        return outcomes.errors();
    }
}
