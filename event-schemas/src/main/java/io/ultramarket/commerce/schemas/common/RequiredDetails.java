package io.ultramarket.commerce.schemas.common;

/**
 * The details a command must carry before any aggregate could consider it, checked in the command's compact
 * constructor (ADR 0050). The first one missing refuses the command as an {@link InvalidCommand} of the
 * aggregate's {@code *-details-required} type, saying "To ship order 42, give the carrier."
 *
 * <pre>{@code
 * new RequiredDetails(ORDER, "ship order", orderId)
 *         .text(carrier, "the carrier")
 *         .text(trackingNumber, "the carrier's tracking number");
 * }</pre>
 */
public final class RequiredDetails {

    /** The problem type of each aggregate's missing details; the names are those of the problem types since ADR 0008. */
    public static final String CHECKOUT = "checkout-details-required";
    public static final String ORDER = "order-details-required";
    public static final String PAYMENT = "payment-details-required";
    public static final String PRODUCT = "product-details-required";
    public static final String PROMOTION = "promotion-details-required";
    public static final String PRODUCT_REVIEW = "product-review-details-required";
    public static final String STOCK = "stock-details-required";

    private final String slug;
    private final String action;
    private final Object subject;

    /**
     * @param slug    one of the types above
     * @param action  what the command does, up to the id of what it does it to: {@code "ship order"}
     * @param subject that id, only printed
     */
    public RequiredDetails(String slug, String action, Object subject) {
        this.slug = slug;
        this.action = action;
        this.subject = subject;
    }

    /** {@code value} must be there. */
    public RequiredDetails present(Object value, String what) {
        return holds(value != null, what);
    }

    /** {@code text} must be there and not blank. */
    public RequiredDetails text(String text, String what) {
        return holds(text != null && !text.isBlank(), what);
    }

    /** {@code condition} must hold; {@code what} says what the command should have given instead. */
    public RequiredDetails holds(boolean condition, String what) {
        if (!condition) {
            throw new InvalidCommand(slug, "To " + action + " " + subject + ", give " + what + ".");
        }
        return this;
    }
}
