package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.Money;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What promotions are worked out on: 1 to {@value #MAX_LINES} lines, one per SKU, and the shipping fee (zero when
 * none is chosen yet), all in one currency. The subtotal is the lines' sum, before any discount.
 */
public record PricedBasket(List<PricedLine> lines, Money shippingFee) {

    public static final int MAX_LINES = 100;

    public PricedBasket {
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("1 to " + MAX_LINES + " lines, were " + lines.size());
        }
        Currency currency = lines.get(0).unitPrice().currency();
        Set<Object> skus = new HashSet<>();
        for (PricedLine line : lines) {
            if (!line.unitPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("every line is in one currency: " + line.sku() + " is in "
                        + line.unitPrice().currency() + ", the first in " + currency);
            }
            if (!skus.add(line.sku())) {
                throw new IllegalArgumentException("SKU " + line.sku() + " is on two lines; one line per SKU");
            }
        }
        shippingFee = shippingFee == null ? Money.zero(currency) : shippingFee;
        if (!shippingFee.currency().equals(currency)) {
            throw new IllegalArgumentException("shippingFee is in " + shippingFee.currency() + ", the lines in " + currency);
        }
    }

    public Currency currency() {
        return lines.get(0).unitPrice().currency();
    }

    public Money subtotal() {
        return lines.stream().map(PricedLine::total).reduce(Money.zero(currency()), Money::plus);
    }
}
