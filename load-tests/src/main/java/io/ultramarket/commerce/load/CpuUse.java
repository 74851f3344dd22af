package io.ultramarket.commerce.load;

import java.time.Duration;

/**
 * The CPU this JVM uses over a stretch of wall time, in cores. Under exec:java that includes Maven's own
 * threads, which are idle while the scenario runs.
 */
final class CpuUse {

    private final long startedAt;
    private final Duration cpuAtStart;

    private CpuUse(long startedAt, Duration cpuAtStart) {
        this.startedAt = startedAt;
        this.cpuAtStart = cpuAtStart;
    }

    static CpuUse startingNow() {
        return new CpuUse(System.nanoTime(), processCpu());
    }

    /** Average cores busy since the start; 0 where the platform does not report process CPU time. */
    double averageCores() {
        long wall = System.nanoTime() - startedAt;
        return wall <= 0 ? 0 : processCpu().minus(cpuAtStart).toNanos() / (double) wall;
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
