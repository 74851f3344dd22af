package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LatencySummaryTest {

    @Test
    void nearestRankPicksAnObservedSampleThatTheGivenShareDoesNotExceed() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();

        assertThat(LatencySummary.percentile(oneToHundred, 50)).isEqualTo(50);
        assertThat(LatencySummary.percentile(oneToHundred, 95)).isEqualTo(95);
        assertThat(LatencySummary.percentile(oneToHundred, 99)).isEqualTo(99);
        assertThat(LatencySummary.percentile(oneToHundred, 100)).isEqualTo(100);
        assertThat(LatencySummary.percentile(oneToHundred, 0.1)).isEqualTo(1);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        long[] four = {10, 20, 30, 40};

        assertThat(LatencySummary.percentile(four, 50)).isEqualTo(20);
        assertThat(LatencySummary.percentile(four, 51)).isEqualTo(30);
        assertThat(LatencySummary.percentile(four, 99)).isEqualTo(40);
        assertThat(LatencySummary.percentile(new long[] {7}, 50)).isEqualTo(7);
    }

    @Test
    void summarySortsTheSamplesAndKeepsTheExactCountAndMax() {
        LatencySummary summary = LatencySummary.of(new long[] {40, 10, 30, 20}, 1_000, 99);

        assertThat(summary).isEqualTo(new LatencySummary(1_000, 20, 40, 40, 99));
    }

    @Test
    void noSamplesGiveAnEmptySummary() {
        assertThat(LatencySummary.of(new long[0], 0, 0)).isEqualTo(LatencySummary.NONE);
    }

    @Test
    void refusesPercentilesOutsideTheRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> LatencySummary.percentile(new long[] {1}, 101));
        assertThatIllegalArgumentException().isThrownBy(() -> LatencySummary.percentile(new long[0], 50));
    }
}
