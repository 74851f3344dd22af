package io.ultramarket.commerce.load;

import java.util.Arrays;

/** Count and percentiles of one metric's latencies, in nanoseconds. */
record LatencySummary(long count, long p50, long p95, long p99, long max) {

    static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

    /**
     * Summarizes the kept samples (all of them, or a uniform sample) together with the exact count and max.
     * The array is sorted in place.
     */
    static LatencySummary of(long[] samples, long count, long max) {
        if (samples.length == 0) {
            return NONE;
        }
        Arrays.sort(samples);
        return new LatencySummary(count,
                percentile(samples, 50), percentile(samples, 95), percentile(samples, 99), max);
    }

    /**
     * Nearest-rank percentile: the smallest sample that at least {@code percent} % of the samples do not
     * exceed. It is always an observed value, never an interpolation between two.
     */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
