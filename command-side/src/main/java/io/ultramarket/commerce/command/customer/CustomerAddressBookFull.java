package io.ultramarket.commerce.command.customer;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** The address book is full. */
public class CustomerAddressBookFull extends DomainRuleViolation {

    public CustomerAddressBookFull(UUID customerId, int max) {
        super("The address book of customer " + customerId + " holds " + max + " addresses, the most it may; remove one first.");
    }
}
