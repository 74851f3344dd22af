package io.ultramarket.commerce.query.analytics;

/** The analytics projection has no active generation on this instance yet (it is starting). */
public class AnalyticsNotReady extends RuntimeException {

    AnalyticsNotReady() {
        super("analytics has no data to answer from yet; retry shortly");
    }
}
