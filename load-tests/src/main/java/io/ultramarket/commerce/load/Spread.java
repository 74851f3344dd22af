package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Locale;

/** Several runs of one figure: their median, lowest and highest value. */
record Spread(int runs, double median, double min, double max) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(sorted.length, median, sorted[0], sorted[sorted.length - 1]);
    }

    /** "242.0 (231.5–250.1, 3 runs)", or the value alone for a single run. */
    String describe() {
        if (runs == 1) {
            return number(median) + " (1 run)";
        }
        return number(median) + " (" + number(min) + "–" + number(max) + ", " + runs + " runs)";
    }

    /** Thousands apart, one decimal below 100: 1,234 and 12.5. */
    static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
