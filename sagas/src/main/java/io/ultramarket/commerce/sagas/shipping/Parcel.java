package io.ultramarket.commerce.sagas.shipping;

/** What is sent: how many units and how heavy the parcel is. */
public record Parcel(int units, int weightGrams) {
}
