package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/** Staff unmark a tax-exempt customer (ADR 0075): their checkouts carry tax again. A customer not exempt changes nothing. */
public record RevokeCustomerTaxExemption(@TargetAggregateIdentifier UUID customerId) {

    public RevokeCustomerTaxExemption {
        Objects.requireNonNull(customerId, "customerId");
    }
}
