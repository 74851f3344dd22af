package io.ultramarket.commerce.projections.streaming;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the app's pooled processors read the event store (prefix {@code commerce.streaming}).
 *
 * @param backgroundWakeUpDelay how long after events came a processor that nobody waits for wakes up to read them
 *                              ({@link StreamingProcessor.Wakes#LATE}, ADR 0111): it then takes in one batch, one
 *                              transaction and one commit what came meanwhile. Zero wakes it at once, as the others.
 *                              At most {@link #LONGEST_WAKE_UP_DELAY}: a processor this late would look stuck.
 */
@ConfigurationProperties("commerce.streaming")
public record StreamingProperties(Duration backgroundWakeUpDelay) {

    static final Duration LONGEST_WAKE_UP_DELAY = Duration.ofSeconds(5);

    public StreamingProperties {
        backgroundWakeUpDelay = backgroundWakeUpDelay == null ? Duration.ofMillis(100) : backgroundWakeUpDelay;
        if (backgroundWakeUpDelay.isNegative() || backgroundWakeUpDelay.compareTo(LONGEST_WAKE_UP_DELAY) > 0) {
            throw new IllegalArgumentException("commerce.streaming.background-wake-up-delay must be from 0 to "
                    + LONGEST_WAKE_UP_DELAY.toSeconds() + " s, not " + backgroundWakeUpDelay);
        }
    }
}
