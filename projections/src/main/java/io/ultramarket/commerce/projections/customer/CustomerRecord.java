package io.ultramarket.commerce.projections.customer;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerAddressChanged;
import io.ultramarket.commerce.schemas.customer.CustomerAddressRemoved;
import io.ultramarket.commerce.schemas.customer.CustomerDetailsChanged;
import io.ultramarket.commerce.schemas.customer.CustomerEvent;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer as the read side keeps it, folded from their events: who they are (with their language, which
 * documents written before it was kept lack until a replay) and their address book in
 * the order the addresses were added. The JSON document of the {@code customer_view} table; query-side
 * reads the same shape.
 */
public record CustomerRecord(UUID customerId, String email, String name, String language, List<BookedAddress> addresses) {

    /** One address of the book, under the id the customer refers to it by. */
    public record BookedAddress(UUID addressId, Address address) {
    }

    public CustomerRecord {
        addresses = List.copyOf(addresses);
    }

    public static CustomerRecord of(CustomerRegistered event) {
        return new CustomerRecord(event.customerId(), event.email(), event.name(), event.language(), List.of());
    }

    /** The record after {@code event}; registration is {@link #of}. */
    public CustomerRecord with(CustomerEvent event) {
        if (event instanceof CustomerDetailsChanged changed) {
            return new CustomerRecord(customerId, changed.email(), changed.name(), changed.language(), addresses);
        }
        List<BookedAddress> book = new ArrayList<>(addresses);
        if (event instanceof CustomerAddressAdded added) {
            book.add(new BookedAddress(added.addressId(), added.address()));
        } else if (event instanceof CustomerAddressChanged changed) {
            book.replaceAll(booked -> booked.addressId().equals(changed.addressId())
                    ? new BookedAddress(changed.addressId(), changed.address()) : booked);
        } else if (event instanceof CustomerAddressRemoved removed) {
            book.removeIf(booked -> booked.addressId().equals(removed.addressId()));
        } else {
            throw new IllegalArgumentException("a customer is registered by CustomerRegistered, not changed by it: " + event);
        }
        return new CustomerRecord(customerId, email, name, language, book);
    }
}
