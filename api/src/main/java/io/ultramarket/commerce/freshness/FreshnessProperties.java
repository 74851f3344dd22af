package io.ultramarket.commerce.freshness;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Read-your-writes: how long a read that names a {@code Commerce-Position} may wait for its read model.
 *
 * @param maxWait longest wait before answering with what the read model has (flagged as stale)
 * @param pollEvery how often the read model's progress is checked while waiting
 */
@ConfigurationProperties("commerce.read-your-writes")
public record FreshnessProperties(Duration maxWait, Duration pollEvery) {

    public FreshnessProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        pollEvery = pollEvery == null ? Duration.ofMillis(20) : pollEvery;
    }
}
