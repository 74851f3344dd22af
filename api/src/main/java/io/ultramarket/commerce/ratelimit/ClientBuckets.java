package io.ultramarket.commerce.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Bucket4j's in-memory, lock-free token buckets, one per client and class, kept in a bounded Caffeine cache
 * (the least recently seen are dropped, and an idle bucket is forgotten once it would be full again anyway).
 * Per instance: behind a load balancer of n instances a client gets up to n times the allowance.
 */
@Component
class ClientBuckets {

    private final Cache<String, Bucket> buckets;

    ClientBuckets(RateLimitProperties properties) {
        Duration longestPeriod = properties.standard().period().compareTo(properties.expensive().period()) > 0
                ? properties.standard().period() : properties.expensive().period();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.maxTrackedClients())
                .expireAfterAccess(longestPeriod)
                .build();
    }

    /**
     * Takes one request from the bucket named {@code client} (who, and which class), made with this allowance
     * on first use; the probe says whether there was one and how long until the next.
     */
    ConsumptionProbe take(String client, long allowance, Duration period) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, period).build())
                .build());
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
