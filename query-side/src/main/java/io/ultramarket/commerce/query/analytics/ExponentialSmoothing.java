package io.ultramarket.commerce.query.analytics;

import java.util.List;

/**
 * Simple exponential smoothing: each day moves the level {@code alpha} of the way towards that day's value.
 * The level after the last day is the forecast for every day ahead (no trend, no season: enough for a
 * reorder hint, and easy to explain).
 */
final class ExponentialSmoothing {

    private ExponentialSmoothing() {
    }

    static double level(List<Long> daily, double alpha) {
        if (alpha <= 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        if (daily.isEmpty()) {
            return 0;
        }
        double level = daily.get(0);
        for (int day = 1; day < daily.size(); day++) {
            level += alpha * (daily.get(day) - level);
        }
        return level;
    }

    /** Units to order so that {@code available} covers {@code days} of {@code dailyDemand}; never negative. */
    static long reorderQuantity(double dailyDemand, int days, int available) {
        return Math.max(0, (long) Math.ceil(dailyDemand * days) - available);
    }
}
