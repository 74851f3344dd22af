package io.ultramarket.commerce.projections.poison;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientRetryTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final TransientRetry retry = new TransientRetry(
            new PoisonRetryProperties(4, Duration.ofMillis(100), Duration.ofMillis(250)), pauses::add);

    @Test
    void aTransientFailureIsTriedAgainWithGrowingPausesUntilItPasses() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        String result = retry.call(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new SQLException("deadlock detected", "40P01");
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void theLastTransientFailureIsThrownWhenTriesRunOutAndPausesStopGrowingAtTheMaximum() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retry.call(() -> {
            tries.incrementAndGet();
            throw new SQLException("connection lost", "08006");
        })).isInstanceOf(SQLException.class);
        assertThat(tries).hasValue(4);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void aPermanentFailureIsThrownAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retry.call(() -> {
            tries.incrementAndGet();
            throw new SQLException("violates check constraint", "23514");
        })).isInstanceOf(SQLException.class);
        assertThat(tries).hasValue(1);
        assertThat(pauses).isEmpty();
    }
}
