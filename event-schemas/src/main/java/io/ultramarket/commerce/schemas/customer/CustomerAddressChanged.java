package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.PersonalData;
import io.ultramarket.commerce.schemas.common.Address;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer replaced an address of their address book. */
@Revision("1")
public record CustomerAddressChanged(UUID customerId, UUID addressId, @PersonalData(subject = "customerId") Address address) implements CustomerEvent {
}
