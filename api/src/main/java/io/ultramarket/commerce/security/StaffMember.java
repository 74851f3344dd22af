package io.ultramarket.commerce.security;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A member of staff signed in to the console with a password (the embedded default's demo staff, ADR 0062):
 * the subject their development-issuer token would carry, so that events name them as the API would, and the
 * name they signed in with.
 */
public record StaffMember(String subject, String username) implements AuthenticatedPrincipal {

    /** The client their commands are recorded as coming from, like a token's {@code azp}. */
    public static final String CLIENT_ID = "commerce-console";

    @Override
    public String getName() {
        return subject;
    }
}
