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
 * name-based UUID of it, so that any issuer's subjects map to stable customer ids. A guest (who presents a
 * guest cart's token, {@link CartToken}) acts as the guest id of that token.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The customer this caller acts as: a customer's id, or a guest's (whose subject is the guest id of the
     * cart token they presented).
     */
    public Optional<UUID> customerId() {
        if (isGuest()) {
            return Optional.of(UUID.fromString(subject));
        }
        return has(Role.CUSTOMER) ? Optional.of(customerIdOf(subject)) : Optional.empty();
    }

    /** A shopper without an account, known only by a guest cart's token. */
    public boolean isGuest() {
        return has(Role.GUEST);
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
            // fromString also takes short forms such as "1-2-3-4-5": only the canonical form is the id itself,
            // and never a guest id, which only a cart token may stand for.
            if (id.toString().equalsIgnoreCase(subject) && !CartToken.isGuestId(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // named below
        }
        return UUID.nameUUIDFromBytes(("subject:" + subject).getBytes(StandardCharsets.UTF_8));
    }
}
