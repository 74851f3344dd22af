package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.List;
import java.util.UUID;

/**
 * One promotion's discount on an order, as a totals breakdown holds it: the amount, the part of it taken off
 * the shipping fee, and the rest shared out over the lines (only lines with a share are listed), so that
 * {@code amount = shipping + sum(lines)}.
 */
public record Discount(UUID promotionId, CouponCode couponCode, String name, Money amount, Money shipping,
                       List<LineDiscount> lines) {

    public Discount {
        lines = lines == null ? List.of() : List.copyOf(lines);
        Money shared = lines.stream().map(LineDiscount::amount).reduce(shipping, Money::plus);
        if (!shared.equals(amount)) {
            throw new IllegalArgumentException("a discount of " + amount + " is shared out as " + shared);
        }
    }
}
