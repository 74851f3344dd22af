package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ReadLagScenarioTest {

    private static final long MS = 1_000_000;

    @Test
    void theSummaryGivesTheCurrentReadsPercentilesAndCountsStaleOnesApart() {
        RunResults results = results(
                new LatencySummary(7500, 12 * MS, 40 * MS, 80 * MS, 95 * MS),
                new LatencySummary(3, 2001 * MS, 2010 * MS, 2010 * MS, 2010 * MS));

        assertThat(ReadLagScenario.readLagLine("read-lag", results))
                .isEqualTo("read-lag: p50 12.0 ms, p95 40.0 ms, p99 80.0 ms, stale 3 of 7503 (16 clients, 30 s)");
    }

    @Test
    void withoutACurrentReadThereAreNoPercentiles() {
        RunResults results = results(LatencySummary.NONE,
                new LatencySummary(8, 2045 * MS, 2102 * MS, 2102 * MS, 2102 * MS));

        assertThat(ReadLagScenario.readLagLine("read-lag", results))
                .isEqualTo("read-lag: p50 -, p95 -, p99 -, stale 8 of 8 (16 clients, 30 s)");
    }

    @Test
    void theCommandsGetALineOfTheirOwnWithTheErrors() {
        RunResults results = results(new LatencySummary(10, MS, MS, MS, MS), LatencySummary.NONE);

        assertThat(new ReadLagScenario(16, null).summaryLines("read-lag", results)).hasSize(2)
                .first().asString().startsWith("read-lag commands: 0.3 commands/s, p50 30.0 ms")
                .endsWith("errors 0 (16 clients, 30 s)");
    }

    private static RunResults results(LatencySummary current, LatencySummary stale) {
        Map<String, LatencySummary> latencies = Map.of(
                StockReceiver.RECEIPT, new LatencySummary(10, 30 * MS, 50 * MS, 60 * MS, 70 * MS),
                ReadLagScenario.READ_CURRENT, current,
                ReadLagScenario.READ_STALE, stale);
        Outcomes.Snapshot outcomes = new Outcomes.Snapshot(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        return new RunResults(16, Duration.ofSeconds(30), latencies, outcomes, 0, 0.1);
    }
}
