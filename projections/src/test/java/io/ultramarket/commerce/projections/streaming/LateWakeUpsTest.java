package io.ultramarket.commerce.projections.streaming;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A processor nobody waits for is woken once, a while after events came, however many reports came meanwhile.
 * The timer's queue is looked at and its task run by hand: delays asked, not times measured.
 */
class LateWakeUpsTest {

    private static final Duration DELAY = Duration.ofMinutes(1);

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final ReportingStream store = new ReportingStream();
    private final AtomicInteger wakeUps = new AtomicInteger();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void manyReportsWithinTheDelayMakeOneWakeUpAfterIt() {
        BlockingStream<TrackedEventMessage<?>> stream = lateWakeUps().openStream(null);
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);

        store.reportEvents();
        store.reportEvents();
        store.reportEvents();

        assertThat(wakeUps).hasValue(0);
        assertThat(timer.getQueue()).hasSize(1);
        RunnableScheduledFuture<?> wakeUp = (RunnableScheduledFuture<?>) timer.getQueue().peek();
        assertThat(wakeUp.getDelay(TimeUnit.SECONDS)).isGreaterThan(DELAY.toSeconds() - 5);

        runTheScheduledWakeUp();

        assertThat(wakeUps).hasValue(1);
        assertThat(timer.getQueue()).isEmpty();
    }

    @Test
    void reportsAfterAWakeUpMakeTheNextOne() {
        BlockingStream<TrackedEventMessage<?>> stream = lateWakeUps().openStream(null);
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);
        store.reportEvents();
        runTheScheduledWakeUp();

        store.reportEvents();

        assertThat(timer.getQueue()).hasSize(1);
        runTheScheduledWakeUp();
        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void aReportWhileTheProcessorStopsWakesNobodyAndDoesNotFailTheReporter() {
        BlockingStream<TrackedEventMessage<?>> stream = lateWakeUps().openStream(null);
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);
        timer.shutdownNow();

        assertThatCode(store::reportEvents).doesNotThrowAnyException();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void theStreamsAndTokensAreTheStoresOwn() {
        LateWakeUps source = lateWakeUps();

        assertThat(source.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(41));
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        assertThat(stream.peek()).isEmpty();
        stream.close();
        assertThat(store.closed).isTrue();
    }

    private LateWakeUps lateWakeUps() {
        return new LateWakeUps(new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
                return store;
            }

            @Override
            public TrackingToken createHeadToken() {
                return new GlobalSequenceTrackingToken(41);
            }
        }, DELAY, timer);
    }

    /** Takes the wake-up out of the timer before its time and runs it here, as the timer would when it is due. */
    private void runTheScheduledWakeUp() {
        RunnableScheduledFuture<?> wakeUp = (RunnableScheduledFuture<?>) timer.getQueue().peek();
        assertThat(timer.remove(wakeUp)).isTrue();
        wakeUp.run();
    }

    /** The store's stream as far as this wrapper uses it: no events, a callback the test runs as the store would. */
    private static final class ReportingStream implements BlockingStream<TrackedEventMessage<?>> {

        private Runnable callback = () -> { };
        private boolean closed;

        void reportEvents() {
            callback.run();
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new IllegalStateException("no events in this stream");
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
