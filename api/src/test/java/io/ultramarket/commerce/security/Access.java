package io.ultramarket.commerce.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call a route, as the access matrix expects it. Allowed callers may be refused for other reasons
 * (a 400 for the matrix's empty bodies, a 404 for ids that do not exist, a 503 while a store is not ready),
 * but never with 401 or 403, and never with a 500.
 * Denied callers get 401 without a token and 403 with one (a guest's cart token counts as one). On routes
 * about one customer's cart or order, strangers get 404: nothing tells them it exists.
 */
record Access(Set<Role> roles, boolean anonymous, boolean ownerOnly, boolean sessionOnly) {

    Access(Set<Role> roles, boolean anonymous, boolean ownerOnly) {
        this(roles, anonymous, ownerOnly, false);
    }

    static Access everyone() {
        return new Access(EnumSet.allOf(Role.class), true, false);
    }

    static Access roles(Role first, Role... more) {
        return new Access(EnumSet.of(first, more), false, false);
    }

    /** Nobody signed in, and these roles (opening a cart: a guest's without a token). */
    static Access anonymousAnd(Role first, Role... more) {
        return new Access(EnumSet.of(first, more), true, false);
    }

    /** Shopper A's own cart or order (customer B and a guest of another cart get 404), and the given staff roles. */
    static Access ownerAnd(Role... staff) {
        EnumSet<Role> roles = EnumSet.of(Role.CUSTOMER, Role.GUEST);
        roles.addAll(List.of(staff));
        return new Access(roles, false, true);
    }

    /** What only an account has (a customer's order history): customer A's own, and the given staff roles. */
    static Access accountOwnerAnd(Role... staff) {
        return new Access(EnumSet.of(Role.CUSTOMER, staff), false, true);
    }

    /**
     * A console page or action (ADR 0062): only a console session opens it, so no token nor cart token gets in.
     * A page sends to the sign-in; an action is refused for want of the session's CSRF token. Who may use it with
     * a session is ConsoleAccessIT's matrix.
     */
    static Access consoleSession() {
        return new Access(EnumSet.noneOf(Role.class), false, false, true);
    }

    /** The status class the persona must get. */
    Expected expectedFor(Persona persona) {
        if (sessionOnly) {
            return Expected.CONSOLE_SESSION_ONLY;
        }
        if (persona == Persona.ANONYMOUS) {
            return anonymous ? Expected.ALLOWED : Expected.UNAUTHENTICATED;
        }
        if (!roles.contains(persona.role().orElseThrow())) {
            return Expected.FORBIDDEN;
        }
        return ownerOnly && persona.isStranger() ? Expected.NOT_FOUND : Expected.ALLOWED;
    }

    enum Expected {
        ALLOWED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONSOLE_SESSION_ONLY;

        boolean matches(int status) {
            return switch (this) {
                // Past security, a route may still be unavailable (503 while a projection starts), never broken.
                case ALLOWED -> status != 401 && status != 403 && status != 500;
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                // To the sign-in page (a redirect), or refused without the session's CSRF token.
                case CONSOLE_SESSION_ONLY -> status == 302 || status == 303 || status == 403;
            };
        }
    }
}
