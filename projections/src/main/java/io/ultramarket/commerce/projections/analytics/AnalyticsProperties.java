package io.ultramarket.commerce.projections.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the analytics projection runs (prefix {@code commerce.analytics}); it runs only when
 * {@code commerce.clickhouse.url} is set. Zero or absent values mean the defaults. Generations, replays,
 * reconciliation and the grace before a replaced generation's tables are dropped are the engine's, the same
 * for every projection ({@code commerce.projections.reconcile-every} and {@code retired-grace}).
 *
 * @param segments       segments of each generation's processor
 * @param batchSize      events per unit of work (Axon's batch); a full one is written at once
 * @param flushRows      rows gathered from several units of work before they are written together
 * @param flushInterval  the longest a unit of work's rows wait for others before they are written
 */
@ConfigurationProperties("commerce.analytics")
public record AnalyticsProperties(int segments, int batchSize, int flushRows, Duration flushInterval) {

    public AnalyticsProperties {
        if (segments < 0 || batchSize < 0 || flushRows < 0) {
            throw new IllegalArgumentException("commerce.analytics.segments, batch-size and flush-rows must not be negative");
        }
        segments = segments == 0 ? 2 : segments;
        batchSize = batchSize == 0 ? 500 : batchSize;
        flushRows = flushRows == 0 ? 5000 : flushRows;
        flushInterval = flushInterval == null ? Duration.ofSeconds(1) : flushInterval;
    }
}
