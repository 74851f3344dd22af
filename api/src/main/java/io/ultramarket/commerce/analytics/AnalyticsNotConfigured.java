package io.ultramarket.commerce.analytics;

/** No ClickHouse is configured ({@code commerce.clickhouse.url}): analytics cannot answer. */
public class AnalyticsNotConfigured extends RuntimeException {

    public AnalyticsNotConfigured() {
        super("analytics not configured: set commerce.clickhouse.url to a ClickHouse server");
    }
}
