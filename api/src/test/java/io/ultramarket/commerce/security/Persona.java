package io.ultramarket.commerce.security;

import java.util.Optional;

/** Who the access matrix calls as: nobody, two customers, and one user per staff role. */
enum Persona {
    ANONYMOUS(null), CUSTOMER_A(Role.CUSTOMER), CUSTOMER_B(Role.CUSTOMER), SUPPORT(Role.SUPPORT),
    MERCHANDISER(Role.MERCHANDISER), ANALYST(Role.ANALYST), AUDITOR(Role.AUDITOR), ADMIN(Role.ADMIN);

    private final Role role;

    Persona(Role role) {
        this.role = role;
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
