package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;
import java.util.UUID;

/**
 * Bring the customer's email, name and language up to what their token says now (the identity provider's
 * record is the source of all three); nothing is recorded when they are unchanged. A null language is a token
 * that names none, which leaves the record's as it is.
 */
public record RefreshCustomerDetails(@TargetAggregateIdentifier UUID customerId, String email, String name,
                                     String language) {

    public RefreshCustomerDetails {
        Objects.requireNonNull(customerId, "customerId");
        if (!CustomerLanguage.isValid(language)) {
            throw new IllegalArgumentException("a customer's language is a BCP 47 tag such as de-DE, was " + language);
        }
    }
}
