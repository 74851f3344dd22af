package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;

/**
 * A carrier's price for the chosen shipping option ({@code parcelpost:standard}), bound to what it was quoted
 * for: the destination and the number of units. The cart refuses a quote for another destination or another
 * parcel. {@code tax} is the rate shipping is taxed at there (the zone's standard rate), or null where the shop
 * charges no tax.
 */
public record ShippingQuote(String option, Money fee, Destination destination, int units, TaxRate tax) {

    public ShippingQuote {
        if (option == null || option.isBlank() || option.length() > 64) {
            throw new IllegalArgumentException("option must be 1 to 64 characters such as parcelpost:standard");
        }
        if (fee == null || destination == null) {
            throw new IllegalArgumentException("a shipping quote names its fee and destination");
        }
        if (units < 1) {
            throw new IllegalArgumentException("a shipping quote is for at least one unit, was " + units);
        }
    }
}
