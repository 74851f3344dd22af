package io.ultramarket.commerce.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How live streams read the event store and treat their clients. Unset (null or 0) means the default.
 *
 * @param heartbeat         how often an idle stream sends an SSE comment, so that proxies keep it open
 * @param pollInterval      how long the tail waits before reading new events once it has caught up
 * @param gapTimeout        how long a missing position below a newer event is waited for before it is given
 *                          up as a rolled-back transaction
 * @param maxBufferedEvents events held for one client that reads slower than they arrive; one more and the
 *                          client is disconnected (it resumes with Last-Event-ID)
 * @param batchSize         rows read per query, by the tail and by a catch-up
 */
@ConfigurationProperties("commerce.live")
public record LiveStreamProperties(Duration heartbeat, Duration pollInterval, Duration gapTimeout,
                                   int maxBufferedEvents, int batchSize) {

    public LiveStreamProperties {
        heartbeat = positiveOrDefault("heartbeat", heartbeat, Duration.ofSeconds(15));
        pollInterval = positiveOrDefault("poll-interval", pollInterval, Duration.ofMillis(200));
        gapTimeout = positiveOrDefault("gap-timeout", gapTimeout, Duration.ofSeconds(10));
        maxBufferedEvents = positiveOrDefault("max-buffered-events", maxBufferedEvents, 1000);
        batchSize = positiveOrDefault("batch-size", batchSize, 256);
    }

    private static Duration positiveOrDefault(String name, Duration value, Duration defaultValue) {
        if (value == null || value.isZero()) {
            return defaultValue;
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("commerce.live." + name + " must be positive, was " + value);
        }
        return value;
    }

    private static int positiveOrDefault(String name, int value, int defaultValue) {
        if (value < 0) {
            throw new IllegalArgumentException("commerce.live." + name + " must be positive (or 0 for the default "
                    + defaultValue + "), was " + value);
        }
        return value == 0 ? defaultValue : value;
    }
}
