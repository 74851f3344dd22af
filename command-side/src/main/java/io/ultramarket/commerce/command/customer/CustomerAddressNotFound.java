package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** The command names an address the address book does not hold. */
public class CustomerAddressNotFound extends DomainRuleViolation {

    public CustomerAddressNotFound(UUID customerId, UUID addressId) {
        super("The address book of customer " + customerId + " has no address " + addressId + ".");
    }
}
