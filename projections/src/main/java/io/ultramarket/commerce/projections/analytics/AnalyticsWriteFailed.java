package io.ultramarket.commerce.projections.analytics;

/** Fact rows did not reach ClickHouse; the unit of work that produced them rolls back and is retried. */
class AnalyticsWriteFailed extends RuntimeException {

    AnalyticsWriteFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
