package io.ultramarket.commerce.schemas.promotion;

/**
 * How many orders may use a promotion: in total and per customer, each 1 to {@value #MAX} or unlimited when
 * null. A cancelled order gives its use back.
 */
public record UsageLimits(Integer total, Integer perCustomer) {

    public static final int MAX = 10_000_000;
    public static final UsageLimits UNLIMITED = new UsageLimits(null, null);

    public UsageLimits {
        requireBounded("total", total);
        requireBounded("perCustomer", perCustomer);
    }

    private static void requireBounded(String name, Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX)) {
            throw new IllegalArgumentException(name + " uses must be 1 to " + MAX + " (or left out for no limit), was " + limit);
        }
    }

    /** Whether {@code used} orders leave room for one more. */
    public boolean allowsAnotherAfter(int used) {
        return total == null || used < total;
    }

    public boolean allowsAnotherForCustomerAfter(int usedByCustomer) {
        return perCustomer == null || usedByCustomer < perCustomer;
    }
}
