package io.ultramarket.commerce.pricing;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is buying, in which currency, and when: what a price depends on. The customer's group (if staff put them
 * in one) chooses the group's prices, {@code currency} the price list's currency, and {@code at} which prices
 * are valid (ADR 0067).
 */
public record PriceRequest(Optional<UUID> customerId, Currency currency, Instant at) {

    public PriceRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
    }
}
