package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.List;

/**
 * One order line's amounts: {@code lineTotal} is unit price × quantity as the zone shows prices (gross or net),
 * {@code discounts} the shares of the order's discounts taken off this line (one per promotion, ADR 0072), and
 * {@code net} and {@code tax} split what is paid for it (the line total less its discounts), each rounded to the
 * currency's minor unit. {@code taxRate} is null where no tax applies.
 */
public record LineAmounts(Sku sku, Quantity quantity, Money unitPrice, Money lineTotal, List<Discount> discounts,
                          Money net, Money tax, TaxRate taxRate) {

    public LineAmounts {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /**
     * What the customer pays for the line: its total less its discounts, and the tax when the zone adds it (less the
     * tax inside a gross price for a tax-exempt customer, ADR 0075), which is always its net and its tax.
     */
    public Money gross() {
        return net.plus(tax);
    }
}
