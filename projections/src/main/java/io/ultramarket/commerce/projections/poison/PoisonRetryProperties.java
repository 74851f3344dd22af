package io.ultramarket.commerce.projections.poison;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How often a processor tries an event again, in place, when it failed transiently (prefix
 * {@code commerce.poison.retry}). Zero or absent values mean the defaults.
 *
 * @param attempts       tries in all, the first included; 1 turns retrying in place off
 * @param initialBackoff the pause before the second try; it doubles for each later one
 * @param maxBackoff     the longest pause between two tries
 */
@ConfigurationProperties("commerce.poison.retry")
public record PoisonRetryProperties(int attempts, Duration initialBackoff, Duration maxBackoff) {

    public PoisonRetryProperties {
        if (attempts < 0) {
            throw new IllegalArgumentException("commerce.poison.retry.attempts must not be negative");
        }
        attempts = attempts == 0 ? 4 : attempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("commerce.poison.retry.max-backoff must not be shorter than initial-backoff");
        }
    }

    /** The pause before try number {@code attempt + 1} (the first retry follows attempt 1). */
    public Duration backoffAfter(int attempt) {
        Duration pause = initialBackoff;
        for (int done = 1; done < attempt && pause.compareTo(maxBackoff) < 0; done++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
