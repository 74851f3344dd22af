package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Currency;
import java.util.List;

/**
 * What the promotions take off a basket: each applied discount in the order it was worked out, and the
 * promotions weighed that do not apply. The slot a totals breakdown holds as its discounts.
 */
public record AppliedDiscounts(Currency currency, List<Discount> discounts, List<DeclinedPromotion> declined) {

    public AppliedDiscounts {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        declined = declined == null ? List.of() : List.copyOf(declined);
    }

    /** Everything taken off, lines and shipping. */
    public Money total() {
        return discounts.stream().map(Discount::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** What is taken off the shipping fee. */
    public Money onShipping() {
        return discounts.stream().map(Discount::shipping).reduce(Money.zero(currency), Money::plus);
    }

    /** What all discounts take off one line: what a return of the whole line gives back. */
    public Money onLine(Sku sku) {
        return discounts.stream().flatMap(discount -> discount.lines().stream())
                .filter(line -> line.sku().equals(sku))
                .map(LineDiscount::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
