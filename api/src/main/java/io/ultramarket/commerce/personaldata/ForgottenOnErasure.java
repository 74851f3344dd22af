package io.ultramarket.commerce.personaldata;

import java.util.Set;
import java.util.UUID;

/**
 * Something that keeps personal data of its own in this instance's memory, and drops it when a person is erased,
 * after the erasure has committed (ADR 0069). The stores are blanked in the erasure's transaction instead
 * ({@code PersonalDataErasure}).
 */
public interface ForgottenOnErasure {

    /** Drops what is held about these subjects: the person's id and the ids of their carts and orders. */
    void forget(Set<UUID> subjects);
}
