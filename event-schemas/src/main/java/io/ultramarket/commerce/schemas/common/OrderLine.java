package io.ultramarket.commerce.schemas.common;

/** One line of a cart at checkout, or of an order: a SKU, how many, and the unit price agreed. */
public record OrderLine(Sku sku, Quantity quantity, Money unitPrice) {

    public OrderLine {
        if (sku == null) {
            throw new IllegalArgumentException("sku is required");
        }
        if (quantity == null) {
            throw new IllegalArgumentException("quantity is required");
        }
        if (unitPrice == null) {
            throw new IllegalArgumentException("unitPrice is required");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
