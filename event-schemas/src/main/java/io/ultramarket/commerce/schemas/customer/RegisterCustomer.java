package io.ultramarket.commerce.schemas.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Record a customer seen for the first time, with what their token says about them: email, name and language
 * ({@link CustomerLanguage}), any of them may be null.
 */
public record RegisterCustomer(@TargetAggregateIdentifier UUID customerId, String subject, String email, String name,
                               String language) {

    public RegisterCustomer {
        if (customerId == null || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a customer id and the token's subject are required");
        }
        if (!CustomerLanguage.isValid(language)) {
            throw new IllegalArgumentException("a customer's language is a BCP 47 tag such as de-DE, was " + language);
        }
    }
}
