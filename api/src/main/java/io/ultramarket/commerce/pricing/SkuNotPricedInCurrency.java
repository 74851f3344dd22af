package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Currency;
import java.util.Optional;

/** The shop sells the SKU, but has no price for it in the cart's currency (at this moment, for this buyer). */
public class SkuNotPricedInCurrency extends RuntimeException implements DescribedProblem {

    public SkuNotPricedInCurrency(Sku sku, Currency currency) {
        super("SKU " + sku + " is not priced in " + currency.getCurrencyCode() + ", the currency of the cart; a cart in "
                + currency.getCurrencyCode() + " takes only SKUs priced in it.");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public Optional<String> field() {
        return Optional.of("sku");
    }
}
