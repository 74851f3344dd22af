package io.ultramarket.commerce.security;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.problem.ResourceNotFound;

import java.util.List;
import java.util.UUID;

/**
 * The customer a {@code /customers/{customerId}/...} path names: {@code me} for the calling customer, or an
 * id. Staff who look after customers may name anyone; a customer naming another is told there is no such
 * customer, as if it did not exist.
 */
public final class CustomerPath {

    public static final String ME = "me";

    private CustomerPath() {
    }

    public static UUID resolve(String segment, Caller caller) {
        UUID customerId = ME.equals(segment)
                ? caller.customerId().orElseThrow(() -> new ResourceNotFound("customer", ME))
                : parse(segment);
        if (!caller.mayActFor(customerId)) {
            throw new ResourceNotFound("customer", customerId);
        }
        return customerId;
    }

    private static UUID parse(String segment) {
        try {
            return UUID.fromString(segment);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidParameters(List.of(new FieldError("customerId",
                    "a customer is named by its id (a UUID) or as '" + ME + "'")));
        }
    }
}
