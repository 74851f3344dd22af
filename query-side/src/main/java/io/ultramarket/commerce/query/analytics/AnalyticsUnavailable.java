package io.ultramarket.commerce.query.analytics;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** ClickHouse did not answer (down, or restarting): the question can be asked again later. */
public class AnalyticsUnavailable extends RuntimeException implements DescribedProblem {

    AnalyticsUnavailable(Throwable cause) {
        super("the analytics store did not answer: " + cause.getMessage(), cause);
    }

    @Override
    public int status() {
        return 503;
    }
}
