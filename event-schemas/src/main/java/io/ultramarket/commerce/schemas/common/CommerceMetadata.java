package io.ultramarket.commerce.schemas.common;

/**
 * Keys of the metadata every command and event carries. Auditors rely on them: who acted, which request
 * started the chain (correlation) and which message directly caused this one (causation).
 *
 * <p>The principal is a token's subject for a person or client, or a system principal for the shop's own
 * processes and the outside world's callbacks: {@code system:checkout} (the checkout saga),
 * {@code system:payment-provider} and {@code system:shipping} (the relays that talk to providers and
 * carriers), {@code webhook:stripe}, {@code carrier:<name>}. A system principal acting on a person's request
 * names that person in {@value #ON_BEHALF_OF}; the correlation id leads back to the request.
 */
public final class CommerceMetadata {

    /** The acting principal: a token's subject, a guest id (of a guest cart's token), a system principal, or {@value #ANONYMOUS}. */
    public static final String PRINCIPAL = "principal";
    /** The principal's display name (the token's {@code preferred_username}), when it has one. */
    public static final String PRINCIPAL_NAME = "principalName";
    /** The principal's roles, comma-separated and sorted ({@code support}, {@code customer}, {@value #SYSTEM_ROLE}). */
    public static final String PRINCIPAL_ROLES = "principalRoles";
    /** The OAuth client the principal used (the token's {@code azp}), when there was a token. */
    public static final String CLIENT_ID = "clientId";
    /** Whom a system principal acts for: the principal of the message that set the process going. */
    public static final String ON_BEHALF_OF = "onBehalfOf";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String ANONYMOUS = "anonymous";
    /** The role of every system principal. */
    public static final String SYSTEM_ROLE = "system";
    /** The role of a shopper without an account, who acts with a guest cart's token. */
    public static final String GUEST_ROLE = "guest";

    private CommerceMetadata() {
    }
}
