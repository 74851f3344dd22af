package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.FieldProblem;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.Currency;
import java.util.List;

/** The shop sells the SKU, but has no price for it in the cart's currency (at this moment, for this buyer). */
public class SkuNotPricedInCurrency extends RuntimeException implements FieldProblem {

    private final Sku sku;
    private final Currency currency;

    public SkuNotPricedInCurrency(Sku sku, Currency currency) {
        super("SKU " + sku + " has no price in " + currency.getCurrencyCode() + ", the currency of the cart.");
        this.sku = sku;
        this.currency = currency;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError("sku", sku + " is not priced in " + currency.getCurrencyCode()
                + "; a cart in " + currency.getCurrencyCode() + " takes only SKUs priced in it"));
    }
}
