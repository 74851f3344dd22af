package io.ultramarket.commerce.pricing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is buying and when: what a price may depend on. The catalog's prices depend on neither; a customer
 * group's price list reads {@code customerId}, a validity window reads {@code at}.
 */
public record PriceRequest(Optional<UUID> customerId, Instant at) {
}
