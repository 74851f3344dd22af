package io.ultramarket.commerce.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RunClockTest {

    @Test
    void theMeasuredTimeStartsAfterTheWarmupAndEndsWithTheWindow() {
        RunClock clock = new RunClock(Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(clock.measuredUntil(System.nanoTime())).isZero();

        clock.start();
        long now = System.nanoTime();

        assertThat(clock.measuredUntil(now)).isZero();
        assertThat(clock.measuredUntil(now + Duration.ofSeconds(15).toNanos()))
                .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11));
        assertThat(clock.measuredUntil(now + Duration.ofMinutes(5).toNanos())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void onlyWhatCompletesInsideTheWindowIsMeasured() {
        RunClock clock = new RunClock(Duration.ofSeconds(1), Duration.ofSeconds(2));
        clock.start();
        long now = System.nanoTime();

        assertThat(clock.isMeasured(now)).isFalse();
        assertThat(clock.isMeasured(now + Duration.ofMillis(1500).toNanos())).isTrue();
        assertThat(clock.isMeasured(now + Duration.ofSeconds(4).toNanos())).isFalse();
        assertThat(clock.isOver()).isFalse();
    }
}
