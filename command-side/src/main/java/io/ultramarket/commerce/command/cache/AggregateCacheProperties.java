package io.ultramarket.commerce.command.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many aggregates the aggregate cache keeps ({@code commerce.aggregate-cache.max-entries}; unset or 0 means
 * {@value #DEFAULT_MAX_ENTRIES}) and, optionally, how long an aggregate no command touched stays in it
 * ({@code commerce.aggregate-cache.expire-after-access}; unset: until the bound pushes it out).
 */
@ConfigurationProperties("commerce.aggregate-cache")
public record AggregateCacheProperties(int maxEntries, Duration expireAfterAccess) {

    public static final int DEFAULT_MAX_ENTRIES = 5_000;

    public AggregateCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("commerce.aggregate-cache.max-entries must be at least 1 (or 0 for the "
                    + "default " + DEFAULT_MAX_ENTRIES + "), was " + maxEntries);
        }
        if (expireAfterAccess != null && (expireAfterAccess.isZero() || expireAfterAccess.isNegative())) {
            throw new IllegalArgumentException("commerce.aggregate-cache.expire-after-access must be positive (or unset "
                    + "for no expiry), was " + expireAfterAccess);
        }
        maxEntries = maxEntries == 0 ? DEFAULT_MAX_ENTRIES : maxEntries;
    }
}
