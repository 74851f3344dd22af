package io.ultramarket.commerce.query.customer;

import io.ultramarket.commerce.schemas.common.Address;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer as they read themselves: the email, name and language (a BCP 47 tag, or null) the issuer gave,
 * and their address book.
 */
public record CustomerView(UUID customerId, String email, String name, String language, List<BookedAddress> addresses,
                           long version,
                           Instant createdAt, Instant updatedAt) {

    /** An address of the book, under the id the customer changes or removes it by. */
    public record BookedAddress(UUID addressId, Address address) {
    }
}
