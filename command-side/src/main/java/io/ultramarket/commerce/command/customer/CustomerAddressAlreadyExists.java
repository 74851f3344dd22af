package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** A new address under an id the address book already uses for another address. */
public class CustomerAddressAlreadyExists extends DomainRuleViolation {

    public CustomerAddressAlreadyExists(UUID customerId, UUID addressId) {
        super("Customer " + customerId + " already has another address " + addressId + "; choose a new id.");
    }
}
