package io.ultramarket.commerce.query.analytics;

/** The width of a sales bucket, and the ClickHouse function that maps a day to its bucket's first day. */
public enum Granularity {
    DAY("toDate(day)"), WEEK("toMonday(day)"), MONTH("toStartOfMonth(day)");

    private final String bucketOfDay;

    Granularity(String bucketOfDay) {
        this.bucketOfDay = bucketOfDay;
    }

    String bucketOfDay() {
        return bucketOfDay;
    }
}
