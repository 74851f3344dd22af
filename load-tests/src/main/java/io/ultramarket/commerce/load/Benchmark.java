package io.ultramarket.commerce.load;

import java.util.concurrent.Executor;

/**
 * What {@code --scenario} selects: work against the running app that prints its own figures. Most
 * benchmarks run a {@link Scenario}'s clients for a fixed time ({@link TimedBenchmark}); others go through
 * phases of their own, such as {@link ReplayBenchmark}.
 */
interface Benchmark {

    /** Runs against the app and prints the figures; throws {@link SetupFailed} when nothing could be measured. */
    void run(LoadTestArguments arguments, CommerceApi api, Executor executor);
}
