package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;

/**
 * An amount taken off a line or the order, and what took it off ({@code source}: the promotion's id; a coupon's
 * promotion id is its code's, ADR 0066). Filled at checkout from the applied promotions (ADR 0072).
 */
public record Discount(String source, Money amount) {

    public Discount {
        if (source == null || source.isBlank() || amount == null) {
            throw new IllegalArgumentException("a discount names its source and amount");
        }
    }
}
