package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Money;

/** One way to send a parcel: the carrier's service, its price and how many days it takes. */
public record RateQuote(String carrier, String service, Money price, int days) {

    /** The shipping option a checkout names, such as {@code parcelpost:standard}. */
    public String option() {
        return carrier + ":" + service;
    }
}
