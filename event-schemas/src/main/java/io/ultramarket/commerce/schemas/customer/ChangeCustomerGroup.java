package io.ultramarket.commerce.schemas.customer;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * Staff put the customer in a customer group ({@code group}), or in none (null): the group's prices apply to
 * their carts from then on. The group they are already in changes nothing.
 */
public record ChangeCustomerGroup(@TargetAggregateIdentifier UUID customerId, CustomerGroup group) {

    public ChangeCustomerGroup {
        Objects.requireNonNull(customerId, "customerId");
    }
}
