package io.ultramarket.commerce.aggregatecache;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many aggregates the aggregate cache keeps ({@code commerce.aggregate-cache.max-entries}; unset or 0 means
 * {@value #DEFAULT_MAX_ENTRIES}) and how long an aggregate no command used stays in it
 * ({@code commerce.aggregate-cache.expire-after-access}; unset means 10 minutes). The expiry also bounds how long
 * an instance keeps a customer's decrypted name and email after another instance erased them (ADR 0077).
 */
@ConfigurationProperties("commerce.aggregate-cache")
public record AggregateCacheProperties(int maxEntries, Duration expireAfterAccess) {

    public static final int DEFAULT_MAX_ENTRIES = 5_000;
    public static final Duration DEFAULT_EXPIRE_AFTER_ACCESS = Duration.ofMinutes(10);

    public AggregateCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("commerce.aggregate-cache.max-entries must be at least 1 (or 0 for the "
                    + "default " + DEFAULT_MAX_ENTRIES + "), was " + maxEntries);
        }
        if (expireAfterAccess != null && (expireAfterAccess.isZero() || expireAfterAccess.isNegative())) {
            throw new IllegalArgumentException("commerce.aggregate-cache.expire-after-access must be positive (or unset "
                    + "for the default " + DEFAULT_EXPIRE_AFTER_ACCESS + "), was " + expireAfterAccess);
        }
        maxEntries = maxEntries == 0 ? DEFAULT_MAX_ENTRIES : maxEntries;
        expireAfterAccess = expireAfterAccess == null ? DEFAULT_EXPIRE_AFTER_ACCESS : expireAfterAccess;
    }
}
