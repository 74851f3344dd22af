package io.ultramarket.commerce.query.analytics;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** The analytics projection has no active generation on this instance yet (it is starting). */
public class AnalyticsNotReady extends RuntimeException implements DescribedProblem {

    AnalyticsNotReady() {
        super("analytics has no data to answer from yet; retry shortly");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String slug() {
        return "analytics-unavailable";
    }

    @Override
    public String title() {
        return "Analytics unavailable";
    }
}
