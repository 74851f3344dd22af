package io.ultramarket.commerce.dispatch;

import io.ultramarket.commerce.schemas.common.CommerceMetadata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the HTTP layer knows about who sends a command and how: the acting principal (a token's subject, or a
 * system principal such as {@code webhook:stripe}), its display name, roles and OAuth client, the request's
 * correlation id if the client sent one, its Idempotency-Key if any, and the request line (method and path),
 * which is part of what makes a repeat "the same request".
 */
public record CommandContext(String principal, Optional<String> principalName, List<String> roles,
                             Optional<String> clientId, Optional<String> correlationId,
                             Optional<String> idempotencyKey, String method, String path) {

    public CommandContext {
        roles = roles.stream().sorted().toList();
    }

    /** A caller from outside without a token: a webhook or a carrier, which proves itself by a signature. */
    public static CommandContext system(String principal, Optional<String> correlationId,
                                        Optional<String> idempotencyKey, String method, String path) {
        return new CommandContext(principal, Optional.empty(), List.of(CommerceMetadata.SYSTEM_ROLE), Optional.empty(),
                correlationId, idempotencyKey, method, path);
    }

    /**
     * The same caller and request, for a command the request needs on the side (such as registering the
     * customer on first use): without the Idempotency-Key, which belongs to the request's own command.
     */
    public CommandContext withoutIdempotencyKey() {
        return new CommandContext(principal, principalName, roles, clientId, correlationId, Optional.empty(), method, path);
    }

    /**
     * The same request, from the guest that a cart token made a moment ago (the request itself came without
     * credentials): for the command that opens the guest's cart. Without the Idempotency-Key: the token is
     * in this answer only, so a repeat could not be answered as the first.
     */
    public CommandContext asGuest(UUID guestId) {
        return new CommandContext(guestId.toString(), Optional.empty(), List.of(CommerceMetadata.GUEST_ROLE), Optional.empty(),
                correlationId, Optional.empty(), method, path);
    }

    /**
     * A new identifier for something this request creates. With an Idempotency-Key it is derived from the
     * key, so that a repeat names the same cart or order and its answer is the first answer.
     * Called off the event loop: random UUIDs read the OS entropy source.
     */
    public UUID newId(String purpose) {
        return idempotencyKey
                .map(key -> UUID.nameUUIDFromBytes((principal + "\n" + key + "\n" + purpose).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(UUID::randomUUID);
    }
}
