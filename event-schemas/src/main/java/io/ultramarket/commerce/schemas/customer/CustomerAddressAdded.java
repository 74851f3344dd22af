package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer put an address into their address book, as {@code addressId}. */
@Revision("1")
public record CustomerAddressAdded(UUID customerId, UUID addressId, @PersonalData(subject = "customerId") Address address) implements CustomerEvent {
}
