package io.ultramarket.commerce.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles the issuer grants, by their names in the token ({@code customer}, {@code support}, ...).
 * Staff roles each open one part of the back office; {@code admin} opens all of them. {@link #GUEST} is
 * no issuer's to grant: it is who presents a guest cart's token ({@link CartToken}).
 */
public enum Role {
    CUSTOMER, SUPPORT, MERCHANDISER, ANALYST, AUDITOR, ADMIN, GUEST;

    /** The roles of the back office: who may sign in to the console (ADR 0062). */
    public static Role[] staff() {
        return new Role[]{SUPPORT, MERCHANDISER, ANALYST, AUDITOR, ADMIN};
    }

    /** The name in tokens and in the identity provider's configuration. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority for {@code hasRole(name())}. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** The role a token's claim names; never {@link #GUEST}, which only a cart token makes. */
    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role != GUEST && role.claimValue().equals(value)).findFirst();
    }
}
