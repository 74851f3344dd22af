package io.ultramarket.commerce.load;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Latencies in nanoseconds in bounded memory: a reservoir (Algorithm R) of a fixed number of samples. Until
 * it is full it holds every sample, so the percentiles are exact; after that the n-th sample replaces a
 * random kept one with probability capacity/n, which keeps a uniform random sample of all of them. Count
 * and max are kept exactly. One recorder is shared by all clients of a metric and synchronized: at a few
 * thousand requests per second the lock is uncontended in practice, and a single reservoir needs no
 * weighting that per-client reservoirs, sampled at different rates, would need when merged.
 */
final class LatencyRecorder {

    /** 200 000 longs = 1.6 MB per metric: a 30 s run below ~6 600 requests/s keeps every sample. */
    static final int DEFAULT_CAPACITY = 200_000;

    private final long[] samples;
    // Fixed seed: the same run sampled the same way, which makes odd figures easier to chase.
    private final SplittableRandom random = new SplittableRandom(20_240_917L);
    private long count;
    private long max;

    LatencyRecorder(int capacity) {
        this.samples = new long[capacity];
    }

    synchronized void record(long nanos) {
        count++;
        max = Math.max(max, nanos);
        if (count <= samples.length) {
            samples[(int) (count - 1)] = nanos;
            return;
        }
        long slot = random.nextLong(count);
        if (slot < samples.length) {
            samples[(int) slot] = nanos;
        }
    }

    synchronized LatencySummary summarize() {
        int kept = (int) Math.min(count, samples.length);
        return LatencySummary.of(Arrays.copyOf(samples, kept), count, max);
    }
}
