package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.List;

/**
 * One order line's amounts: {@code lineTotal} is unit price × quantity as the zone shows prices (gross or net),
 * {@code net} and {@code tax} split it, each rounded to the currency's minor unit. {@code taxRate} is null where no
 * tax applies. {@code discounts} are those taken off this line (none yet: promotions fill them).
 */
public record LineAmounts(Sku sku, Quantity quantity, Money unitPrice, Money lineTotal, List<Discount> discounts,
                          Money net, Money tax, TaxRate taxRate) {

    public LineAmounts {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** What the customer pays for the line: its total, and the tax when the zone adds it. */
    public Money gross() {
        return taxRate != null && !taxRate.included() ? lineTotal.plus(tax) : lineTotal;
    }
}
