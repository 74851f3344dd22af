package io.ultramarket.commerce.personaldata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the keys that encrypt personal fields are kept: one live key per subject, made on first use. A port,
 * so that a KMS can hold them instead of the database ({@link JdbcPersonalDataKeys}). Key bytes never leave
 * it but to the cipher, and are never logged.
 */
public interface PersonalDataKeys {

    /** The subject's live key, made now (in the caller's transaction) when it has none. */
    SubjectKey current(UUID subject);

    /** The key {@code kid} names; empty when it was destroyed or never existed. */
    Optional<byte[]> key(UUID kid);

    /** Destroys the live keys of these subjects, for good; the kids destroyed. */
    List<UUID> destroy(Collection<UUID> subjects);

    /** What is known of the subject's keys (never their bytes), oldest first: for the export. */
    List<KeyState> of(UUID subject);

    /** A live key and the id the envelopes name it by. */
    record SubjectKey(UUID kid, byte[] key) {
    }

    /** A key's history: when it was made and, once destroyed, when. */
    record KeyState(UUID kid, java.time.Instant createdAt, java.time.Instant destroyedAt) {
    }
}
