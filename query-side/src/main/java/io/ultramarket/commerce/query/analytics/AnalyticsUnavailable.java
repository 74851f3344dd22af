package io.ultramarket.commerce.query.analytics;

/** ClickHouse did not answer (down, or restarting): the question can be asked again later. */
public class AnalyticsUnavailable extends RuntimeException {

    AnalyticsUnavailable(Throwable cause) {
        super("the analytics store did not answer: " + cause.getMessage(), cause);
    }
}
