package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * Bring the customer's email and name up to what their token says now (the identity provider's record is
 * the source of both); nothing is recorded when they are unchanged.
 */
public record RefreshCustomerDetails(@TargetAggregateIdentifier UUID customerId, String email, String name) {

    public RefreshCustomerDetails {
        Objects.requireNonNull(customerId, "customerId");
    }
}
