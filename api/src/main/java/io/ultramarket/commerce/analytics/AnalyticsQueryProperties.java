package io.ultramarket.commerce.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The workers that run analytics queries (JDBC on ClickHouse blocks). Zero means the default.
 *
 * @param threads       queries running at once
 * @param queueCapacity queries that may wait for a worker before new ones are refused with 503
 */
@ConfigurationProperties("commerce.analytics.queries")
public record AnalyticsQueryProperties(int threads, int queueCapacity) {

    public AnalyticsQueryProperties {
        if (threads < 0 || queueCapacity < 0) {
            throw new IllegalArgumentException("commerce.analytics.queries.threads and queue-capacity must not be negative");
        }
        threads = threads == 0 ? 4 : threads;
        queueCapacity = queueCapacity == 0 ? 100 : queueCapacity;
    }
}
