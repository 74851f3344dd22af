package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * No carrier has a rate in the cart's currency for the chosen option (or, without one, for any option): the order's
 * total would mix two currencies, and the shop converts none (ADR 0065, 0067). The carriers' rate tables per
 * currency are configured ({@code commerce.shipping.rates}, ADR 0076). 422, so a cart opened in such a currency is
 * told why it cannot be checked out rather than to try again.
 */
public class ShippingNotQuotedInCurrency extends RuntimeException implements DescribedProblem {

    public ShippingNotQuotedInCurrency(String option, Collection<Currency> quoted, Currency cart) {
        super((option == null ? "shipping" : "shipping option '" + option + "'") + " is quoted in "
                + quoted.stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", ")) + " only, not in "
                + cart.getCurrencyCode() + ", the currency of the cart; the carriers have no rates in it");
    }

    @Override
    public Optional<String> field() {
        return Optional.of("shippingOption");
    }

    @Override
    public int status() {
        return 422;
    }
}
