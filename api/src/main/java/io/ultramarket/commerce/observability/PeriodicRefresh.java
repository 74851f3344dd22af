package io.ultramarket.commerce.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gauges that read the database are refreshed on a thread of their own, so that a scrape of
 * {@code /actuator/prometheus} never queries anything (and never on Netty's threads): the scrape reads the values
 * of the last refresh. A failed refresh keeps them, and the next one tries again.
 */
public abstract class PeriodicRefresh implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicRefresh.class);

    private final String threadName;
    private final Duration every;
    private ScheduledExecutorService refresher;

    protected PeriodicRefresh(String threadName, Duration every) {
        this.threadName = threadName;
        this.every = every;
    }

    /** Reads the sources and sets the gauges. */
    protected abstract void refresh();

    @Override
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshKeepingLastValues, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }

    private void refreshKeepingLastValues() {
        try {
            refresh();
        } catch (RuntimeException failure) {
            log.warn("{}: could not refresh the gauges, they keep their last values: {}", threadName, failure.toString());
        }
    }
}
