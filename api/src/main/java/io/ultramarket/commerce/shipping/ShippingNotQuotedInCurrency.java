package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.Currency;

/**
 * The carriers quote the chosen option in another currency than the cart's: the order's total would mix two
 * currencies, and the shop converts none (ADR 0065, 0067). 422, so a cart opened in such a currency is told
 * why it cannot be checked out rather than to try again.
 */
public class ShippingNotQuotedInCurrency extends RuntimeException implements DescribedProblem {

    public ShippingNotQuotedInCurrency(String option, Currency quoted, Currency cart) {
        super("shipping option '" + option + "' is quoted in " + quoted.getCurrencyCode() + ", not in "
                + cart.getCurrencyCode() + ", the currency of the cart; the carriers quote no other currency yet");
    }

    @Override
    public int status() {
        return 422;
    }
}
