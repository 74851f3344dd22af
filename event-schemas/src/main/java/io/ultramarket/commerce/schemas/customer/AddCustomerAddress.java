package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.Address;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Put an address into the customer's address book; the sender names it, so a retry names the same one. */
public record AddCustomerAddress(@TargetAggregateIdentifier UUID customerId, UUID addressId, Address address) {

    public AddCustomerAddress {
        if (addressId == null || address == null) {
            throw new IllegalArgumentException("an address id and an address are required");
        }
    }
}
