package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

/** A line of a cart or order as promotions see it; the category is null when it is not known. */
public record PricedLine(Sku sku, CategoryPath category, Quantity quantity, Money unitPrice) {

    public PricedLine {
        if (sku == null || quantity == null || unitPrice == null) {
            throw new IllegalArgumentException("a line needs its sku, quantity and unitPrice");
        }
    }

    public Money total() {
        return unitPrice.times(quantity.value());
    }
}
