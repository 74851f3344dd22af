package io.ultramarket.commerce.housekeeping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long rows that only guard against repeats are kept, and how they are purged.
 *
 * @param idempotencyKeyRetention  how long an {@code Idempotency-Key} answers a repeat with the first answer;
 *                                 after it, the same key is a new request (Stripe keeps its keys 24 h)
 * @param webhookDeliveryRetention how long a webhook event id is remembered as applied; longer than any
 *                                 sender retries (Stripe: 3 days)
 * @param every                    how often the purge runs (on one instance of the cluster at a time)
 * @param batchSize                rows deleted per statement, so that no purge holds locks for long
 */
@ConfigurationProperties("commerce.housekeeping")
public record HousekeepingProperties(@DefaultValue("7d") Duration idempotencyKeyRetention,
                                     @DefaultValue("30d") Duration webhookDeliveryRetention,
                                     @DefaultValue("1h") Duration every,
                                     @DefaultValue("1000") int batchSize) {

    public HousekeepingProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("commerce.housekeeping.batch-size must be at least 1, was " + batchSize);
        }
    }
}
