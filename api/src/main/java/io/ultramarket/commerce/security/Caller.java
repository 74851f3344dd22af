package io.ultramarket.commerce.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sends a request, as the checked token says: its subject, the roles it holds, and, for a customer,
 * the customer id that their carts and orders carry.
 *
 * <p>The customer id is the subject when the subject is a UUID (Keycloak's user ids are), and otherwise a
 * name-based UUID of it, so that any issuer's subjects map to stable customer ids.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The customer this caller acts as, if they hold the customer role. */
    public Optional<UUID> customerId() {
        return has(Role.CUSTOMER) ? Optional.of(customerIdOf(subject)) : Optional.empty();
    }

    /** Staff who look after any customer's orders: support, and admin who may do all staff work. */
    public boolean looksAfterCustomers() {
        return has(Role.SUPPORT) || has(Role.ADMIN);
    }

    /** True when this caller may see or act on something that belongs to {@code owner}. */
    public boolean mayActFor(UUID owner) {
        return looksAfterCustomers() || isCustomer(owner);
    }

    /** True when this caller is that customer: what changing a cart or checking it out needs. */
    public boolean isCustomer(UUID owner) {
        return customerId().filter(owner::equals).isPresent();
    }

    public static UUID customerIdOf(String subject) {
        try {
            UUID id = UUID.fromString(subject);
            // fromString also takes short forms such as "1-2-3-4-5": only the canonical form is the id itself.
            if (id.toString().equalsIgnoreCase(subject)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // named below
        }
        return UUID.nameUUIDFromBytes(("subject:" + subject).getBytes(StandardCharsets.UTF_8));
    }
}
