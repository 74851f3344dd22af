package io.ultramarket.commerce.query.analytics;

/**
 * The checkout funnel over a period: carts created, carts checked out, orders paid (payment captured) and
 * orders shipped, each counted once, with each step's conversion from the step before and overall.
 */
public record Funnel(long carts, long checkouts, long paid, long shipped, Conversion conversion) {

    public record Conversion(Double cartToCheckout, Double checkoutToPaid, Double paidToShipped, Double cartToShipped) {
    }

    static Funnel of(long carts, long checkouts, long paid, long shipped) {
        return new Funnel(carts, checkouts, paid, shipped, new Conversion(rate(checkouts, carts), rate(paid, checkouts),
                rate(shipped, paid), rate(shipped, carts)));
    }

    /** Null when nothing entered the step: there is no rate to speak of. */
    private static Double rate(long reached, long entered) {
        return entered == 0 ? null : Math.round(reached * 10_000.0 / entered) / 10_000.0;
    }
}
