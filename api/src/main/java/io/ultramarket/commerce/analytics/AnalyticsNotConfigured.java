package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** No ClickHouse is configured ({@code commerce.clickhouse.url}): analytics cannot answer. */
public class AnalyticsNotConfigured extends RuntimeException implements DescribedProblem {

    public AnalyticsNotConfigured() {
        super("analytics not configured: set commerce.clickhouse.url to a ClickHouse server");
    }

    @Override
    public int status() {
        return 503;
    }
}
