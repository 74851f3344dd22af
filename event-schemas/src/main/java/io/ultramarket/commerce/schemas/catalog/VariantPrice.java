package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A price of one variant on a price list: in the price's currency, for every buyer or only for a
 * {@code customerGroup}, and valid from {@code validFrom} (inclusive) until {@code validUntil} (exclusive);
 * a missing bound is open. A product's prices on one list ({@link #sameListAs}) never overlap in time, so at
 * any instant a list has at most one price for a variant. The list's name ({@link #priceList}) is what a
 * cart line's quote records as where its price came from.
 */
public record VariantPrice(Sku sku, Money price, CustomerGroup customerGroup, Instant validFrom, Instant validUntil) {

    public VariantPrice {
        if (sku == null || price == null) {
            throw new IllegalArgumentException("a listed price names a SKU and its price");
        }
        if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("the price of " + sku + " is valid from " + validFrom
                    + " until " + validUntil + ": the start must come before the end");
        }
    }

    public Currency currency() {
        return price.currency();
    }

    /** The same variant, currency and group (or both for everyone): one list, whose prices must not overlap. */
    public boolean sameListAs(VariantPrice other) {
        return sku.equals(other.sku) && currency().equals(other.currency())
                && Objects.equals(customerGroup, other.customerGroup);
    }

    /** On the same list and starting at the same instant: listing this price takes {@code other}'s place. */
    public boolean replaces(VariantPrice other) {
        return sameListAs(other) && Objects.equals(validFrom, other.validFrom);
    }

    /** Both valid at some instant (half-open windows: one that ends when the other starts does not overlap). */
    public boolean overlaps(VariantPrice other) {
        return sameListAs(other) && startsBefore(other.validUntil) && other.startsBefore(validUntil);
    }

    private boolean startsBefore(Instant end) {
        return end == null || validFrom == null || validFrom.isBefore(end);
    }

    public boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }

    /** {@code list-EUR} for everyone's prices in EUR, {@code group-b2b-EUR} for the group b2b's. */
    public String priceList() {
        return (customerGroup == null ? "list-" : "group-" + customerGroup.value() + "-") + currency().getCurrencyCode();
    }
}
