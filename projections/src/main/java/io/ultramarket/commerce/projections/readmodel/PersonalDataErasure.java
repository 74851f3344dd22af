package io.ultramarket.commerce.projections.readmodel;

import java.util.Collection;
import java.util.UUID;

/**
 * What a read model holding personal fields does when a subject's data is erased (ADR 0069): it overwrites them
 * with {@code erased} in every generation it keeps, as a rebuild from the events would now show them. Idempotent:
 * erasing twice leaves what erasing once did. Runs in the transaction that destroys the keys.
 */
public interface PersonalDataErasure {

    /** @param subjects the customer, guest cart and order ids whose keys are destroyed */
    void erase(Collection<UUID> subjects);
}
