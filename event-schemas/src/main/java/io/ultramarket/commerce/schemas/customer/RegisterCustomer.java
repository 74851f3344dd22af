package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record a customer seen for the first time, with what their token says about them. */
public record RegisterCustomer(@TargetAggregateIdentifier UUID customerId, String subject, String email, String name) {

    public RegisterCustomer {
        if (customerId == null || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a customer id and the token's subject are required");
        }
    }
}
