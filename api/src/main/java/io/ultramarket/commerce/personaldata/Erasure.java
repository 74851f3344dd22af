package io.ultramarket.commerce.personaldata;

import io.ultramarket.commerce.projections.readmodel.PersonalDataErasure;
import io.ultramarket.commerce.sagas.fraud.ScreenedOrders;
import org.axonframework.common.caching.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Erases a person (ADR 0069): in one transaction, destroys the keys of every subject that is theirs, overwrites
 * their personal fields in the read models and has the fraud screen forget their cards and addresses; then drops
 * this instance's cached keys, its cached aggregates of those subjects (a customer's holds the name and email
 * decrypted; ADR 0077) and what else it holds of them in memory ({@link ForgottenOnErasure}). The events keep their bytes (and so their chain); what was sealed reads as erased.
 * Erasing again destroys nothing more and changes nothing.
 */
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final Subjects subjects;
    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final List<PersonalDataErasure> readModels;
    private final ScreenedOrders fraudScreen;
    private final TransactionTemplate transaction;
    private final Cache aggregates;
    private final List<ForgottenOnErasure> inMemory;

    Erasure(Subjects subjects, PersonalDataKeys keys, PersonalDataCipher cipher, List<PersonalDataErasure> readModels,
            ScreenedOrders fraudScreen, TransactionTemplate transaction, Cache aggregates,
            List<ForgottenOnErasure> inMemory) {
        this.subjects = subjects;
        this.keys = keys;
        this.cipher = cipher;
        this.readModels = readModels;
        this.fraudScreen = fraudScreen;
        this.transaction = transaction;
        this.aggregates = aggregates;
        this.inMemory = inMemory;
    }

    /** What an erasure did: the subjects it covered and how many keys it destroyed. */
    record Erased(UUID person, Set<UUID> subjects, int keysDestroyed) {
    }

    Erased erase(UUID person) {
        record Done(Set<UUID> covered, List<UUID> destroyed) {
        }
        Done done = transaction.execute(status -> {
            Set<UUID> covered = subjects.of(person);
            List<UUID> destroyed = keys.destroy(covered);
            readModels.forEach(readModel -> readModel.erase(covered));
            fraudScreen.forget(covered);
            return new Done(covered, destroyed);
        });
        cipher.forget(done.covered(), done.destroyed());
        // The subjects are the ids of the customer, their carts and their orders: the aggregates' own ids.
        done.covered().forEach(subject -> aggregates.remove(subject.toString()));
        inMemory.forEach(holder -> holder.forget(done.covered()));
        // The person's id only: what they were is what was just erased.
        log.info("Erased the personal data of {}: {} subjects, {} keys destroyed", person, done.covered().size(),
                done.destroyed().size());
        return new Erased(person, done.covered(), done.destroyed().size());
    }
}
