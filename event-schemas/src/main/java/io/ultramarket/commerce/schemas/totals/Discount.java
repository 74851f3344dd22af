package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;

/**
 * An amount taken off a line or the order, and what took it off ({@code source}: a promotion's or coupon's id).
 * The slot is in the breakdown's shape now; promotions fill it (issue 16, item 5).
 */
public record Discount(String source, Money amount) {

    public Discount {
        if (source == null || source.isBlank() || amount == null) {
            throw new IllegalArgumentException("a discount names its source and amount");
        }
    }
}
