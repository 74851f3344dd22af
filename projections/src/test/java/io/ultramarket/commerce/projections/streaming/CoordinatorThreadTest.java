package io.ultramarket.commerce.projections.streaming;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of the coordinator's pauses are shortened: the full-queue one only. (Delays asked, not times measured.) */
class CoordinatorThreadTest {

    private final CoordinatorThread thread = new CoordinatorThread(Thread::new);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void thePauseAfterFullQueuesIsShortenedToTheRecheck() {
        ScheduledFuture<?> full = thread.schedule(() -> { }, 100, TimeUnit.MILLISECONDS);

        assertThat(full.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(CoordinatorThread.RECHECK.toMillis());
    }

    @Test
    void longerPausesAreLeftAsAsked() {
        ScheduledFuture<?> waiting = thread.schedule(() -> { }, 500, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> backOff = thread.schedule(() -> { }, 2, TimeUnit.SECONDS);

        assertThat(waiting.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(CoordinatorThread.FULL_QUEUE_BACKOFF.toMillis());
        assertThat(backOff.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(1000);
    }
}
