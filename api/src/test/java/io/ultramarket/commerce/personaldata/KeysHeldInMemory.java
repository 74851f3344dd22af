package io.ultramarket.commerce.personaldata;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The key-store port held in a map, as a KMS would hold the keys outside the app: for the fixture tests of the
 * envelope. The database's store is {@link JdbcPersonalDataKeys}, tested against PostgreSQL in
 * {@code PersonalDataKeysIT}.
 */
final class KeysHeldInMemory implements PersonalDataKeys {

    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, UUID> liveKidOfSubject = new HashMap<>();
    private final Map<UUID, byte[]> keys = new HashMap<>();
    private final Map<UUID, UUID> subjectOfKid = new HashMap<>();
    int lookups;

    @Override
    public SubjectKey current(UUID subject) {
        UUID kid = liveKidOfSubject.computeIfAbsent(subject, made -> {
            UUID id = UUID.randomUUID();
            byte[] key = new byte[JdbcPersonalDataKeys.KEY_BYTES];
            random.nextBytes(key);
            keys.put(id, key);
            subjectOfKid.put(id, subject);
            return id;
        });
        return new SubjectKey(kid, keys.get(kid));
    }

    @Override
    public Optional<byte[]> key(UUID kid) {
        lookups++;
        return Optional.ofNullable(keys.get(kid));
    }

    @Override
    public List<UUID> destroy(Collection<UUID> subjects) {
        List<UUID> destroyed = new ArrayList<>();
        subjects.forEach(subject -> Optional.ofNullable(liveKidOfSubject.remove(subject)).ifPresent(kid -> {
            keys.remove(kid);
            destroyed.add(kid);
        }));
        return destroyed;
    }

    @Override
    public List<KeyState> of(UUID subject) {
        return subjectOfKid.entrySet().stream().filter(entry -> entry.getValue().equals(subject))
                .map(entry -> new KeyState(entry.getKey(), Instant.EPOCH, keys.containsKey(entry.getKey()) ? null : Instant.EPOCH))
                .toList();
    }
}
