package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.schemas.common.Money;

/** One shipping option as the API shows it: the id a checkout names, the carrier's service, its price and days. */
public record ShippingOption(String option, String carrier, String service, Money price, int days) {

    static ShippingOption of(RateQuote quote) {
        return new ShippingOption(quote.option(), quote.carrier(), quote.service(), quote.price(), quote.days());
    }
}
