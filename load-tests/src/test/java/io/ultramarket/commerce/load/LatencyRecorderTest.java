package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyRecorderTest {

    @Test
    void keepsEverySampleWhileThereIsRoom() {
        LatencyRecorder recorder = new LatencyRecorder(100);
        for (long nanos = 1; nanos <= 100; nanos++) {
            recorder.record(nanos);
        }

        assertThat(recorder.summarize()).isEqualTo(new LatencySummary(100, 50, 95, 99, 100));
    }

    @Test
    void beyondItsCapacityItKeepsAUniformSampleWithExactCountAndMax() {
        LatencyRecorder recorder = new LatencyRecorder(10_000);
        for (long nanos = 1; nanos <= 1_000_000; nanos++) {
            recorder.record(nanos);
        }

        LatencySummary summary = recorder.summarize();
        assertThat(summary.count()).isEqualTo(1_000_000);
        assertThat(summary.max()).isEqualTo(1_000_000);
        // 10 000 of a uniform 1..1 000 000: the percentiles land within a couple of percent.
        assertThat((double) summary.p50()).isCloseTo(500_000, within(20_000.0));
        assertThat((double) summary.p95()).isCloseTo(950_000, within(20_000.0));
        assertThat((double) summary.p99()).isCloseTo(990_000, within(10_000.0));
    }
}
