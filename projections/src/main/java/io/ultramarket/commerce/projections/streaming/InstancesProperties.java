package io.ultramarket.commerce.projections.streaming;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the instances of the app on one database share the processors' segments (prefix
 * {@code commerce.instances}, ADR 0061).
 *
 * @param balanceSegments whether each instance limits itself to its fair share of every processor's segments;
 *                        off, the instance that starts first claims them all
 * @param heartbeatEvery  how often an instance records that it is alive and counts the others
 * @param expireAfter     how long an instance counts as alive after its last heartbeat; its share goes to the
 *                        others this long after it died (and after its claims timed out)
 */
@ConfigurationProperties("commerce.instances")
public record InstancesProperties(Boolean balanceSegments, Duration heartbeatEvery, Duration expireAfter) {

    public InstancesProperties {
        balanceSegments = balanceSegments == null || balanceSegments;
        heartbeatEvery = heartbeatEvery == null ? Duration.ofSeconds(2) : heartbeatEvery;
        expireAfter = expireAfter == null ? Duration.ofSeconds(10) : expireAfter;
        if (heartbeatEvery.isNegative() || heartbeatEvery.isZero() || expireAfter.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "commerce.instances.heartbeat-every must be positive and expire-after at least twice as long");
        }
    }
}
