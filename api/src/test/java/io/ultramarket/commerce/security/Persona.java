package io.ultramarket.commerce.security;

import java.util.Optional;

/**
 * Who the access matrix calls as: nobody, two customers, a guest (with the cart token of a guest cart of
 * their own, never customer A's), and one user per staff role. Customer B and the guest are strangers to
 * customer A's cart and order.
 */
enum Persona {
    ANONYMOUS(null), CUSTOMER_A(Role.CUSTOMER), CUSTOMER_B(Role.CUSTOMER), GUEST(Role.GUEST), SUPPORT(Role.SUPPORT),
    MERCHANDISER(Role.MERCHANDISER), ANALYST(Role.ANALYST), AUDITOR(Role.AUDITOR), ADMIN(Role.ADMIN);

    private final Role role;

    Persona(Role role) {
        this.role = role;
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** Customer B and the guest: whatever is customer A's, they are told does not exist. */
    boolean isStranger() {
        return this == CUSTOMER_B || this == GUEST;
    }
}
