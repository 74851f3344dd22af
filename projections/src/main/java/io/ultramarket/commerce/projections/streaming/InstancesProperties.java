package io.ultramarket.commerce.projections.streaming;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the instances of the app on one database share the processors' segments and hand them over (prefix
 * {@code commerce.instances}, ADR 0061, ADR 0074).
 *
 * @param balanceSegments whether each instance limits itself to its fair share of every processor's segments;
 *                        off, the instance that starts first claims them all
 * @param heartbeatEvery  how often an instance records that it is alive and counts the others
 * @param expireAfter     how long an instance counts as alive after its last heartbeat; its share goes to the
 *                        others this long after it died (and after its claims timed out)
 * @param claimInterval   how often a processor with room for more segments looks for unclaimed ones (Axon's token
 *                        claim interval, 5 s by Axon's default), for the tracking and the pooled processors alike
 * @param claimTimeout    how long a segment's claim lasts unrenewed (Axon's token store, 10 s by Axon's default):
 *                        a killed instance's segments are free this long after its last renewal
 */
@ConfigurationProperties("commerce.instances")
public record InstancesProperties(Boolean balanceSegments, Duration heartbeatEvery, Duration expireAfter,
                                  Duration claimInterval, Duration claimTimeout) {

    /** An idle pooled processor renews its claims every 5 s (Axon's claim extension threshold). */
    private static final Duration IDLE_RENEWAL = Duration.ofSeconds(5);

    public InstancesProperties {
        balanceSegments = balanceSegments == null || balanceSegments;
        heartbeatEvery = heartbeatEvery == null ? Duration.ofSeconds(2) : heartbeatEvery;
        expireAfter = expireAfter == null ? Duration.ofSeconds(10) : expireAfter;
        claimInterval = claimInterval == null ? Duration.ofSeconds(2) : claimInterval;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        if (heartbeatEvery.isNegative() || heartbeatEvery.isZero() || expireAfter.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "commerce.instances.heartbeat-every must be positive and expire-after at least twice as long");
        }
        if (claimInterval.isNegative() || claimInterval.isZero() || claimTimeout.compareTo(claimInterval.multipliedBy(2)) < 0
                || claimTimeout.compareTo(IDLE_RENEWAL) <= 0) {
            throw new IllegalArgumentException("commerce.instances.claim-interval must be positive, and claim-timeout "
                    + "at least twice as long and over " + IDLE_RENEWAL.toSeconds() + " s (an idle pooled processor "
                    + "renews its claims that often)");
        }
    }
}
