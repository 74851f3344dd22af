package io.ultramarket.commerce.schemas.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer took an address out of their address book. */
@Revision("1")
public record CustomerAddressRemoved(UUID customerId, UUID addressId) implements CustomerEvent {
}
