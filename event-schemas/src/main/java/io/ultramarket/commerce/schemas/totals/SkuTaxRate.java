package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Sku;

/** The rate a SKU is taxed at in the cart's destination, as the API resolved it at checkout. */
public record SkuTaxRate(Sku sku, TaxRate rate) {

    public SkuTaxRate {
        if (sku == null || rate == null) {
            throw new IllegalArgumentException("a SKU's tax rate names the SKU and the rate");
        }
    }
}
