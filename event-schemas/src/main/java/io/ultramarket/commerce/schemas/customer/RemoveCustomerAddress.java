package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Take an address out of the customer's address book. */
public record RemoveCustomerAddress(@TargetAggregateIdentifier UUID customerId, UUID addressId) {
}
