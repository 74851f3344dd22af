package io.ultramarket.commerce.projections.notification;

/**
 * What a customer is told about their order, or staff about the shop's stock (ADR 0059); each kind is a
 * template of its own (HTML and text, per language).
 */
public enum NotificationKind {
    ORDER_CONFIRMED("order-confirmed"),
    ORDER_SHIPPED("order-shipped"),
    ORDER_DELIVERED("order-delivered"),
    ORDER_CANCELLED("order-cancelled"),
    PAYMENT_REFUNDED("payment-refunded"),
    /** To staff: a stock item ran low. */
    LOW_STOCK_REACHED("low-stock-reached");

    private final String template;

    NotificationKind(String template) {
        this.template = template;
    }

    /** The templates' base name, e.g. {@code order-shipped} for {@code order-shipped.de.html}. */
    public String template() {
        return template;
    }
}
