package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.Address;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Replace an address of the customer's address book. */
public record ChangeCustomerAddress(@TargetAggregateIdentifier UUID customerId, UUID addressId, Address address) {

    public ChangeCustomerAddress {
        if (addressId == null || address == null) {
            throw new IllegalArgumentException("an address id and an address are required");
        }
    }
}
