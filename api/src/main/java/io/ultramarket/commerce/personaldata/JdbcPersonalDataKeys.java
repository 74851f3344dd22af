package io.ultramarket.commerce.personaldata;

import org.springframework.jdbc.core.JdbcTemplate;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys in PostgreSQL ({@code personal_data_key}, V44). A key is made with {@code ON CONFLICT DO NOTHING} on
 * the subject's one live key, then read: two first writes for one subject at once share the key the first
 * committed. Destroying one sets its bytes to NULL; the row stays as the record of the erasure.
 */
class JdbcPersonalDataKeys implements PersonalDataKeys {

    static final int KEY_BYTES = 32;

    private static final String CREATE = "INSERT INTO personal_data_key (kid, subject, key_bytes, created_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (subject) WHERE destroyed_at IS NULL DO NOTHING";
    private static final String LIVE = "SELECT kid, key_bytes FROM personal_data_key WHERE subject = ? AND destroyed_at IS NULL";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcPersonalDataKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SubjectKey current(UUID subject) {
        List<SubjectKey> live = live(subject);
        if (!live.isEmpty()) {
            return live.get(0);
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.update(CREATE, UUID.randomUUID(), subject, key, Timestamp.from(clock.instant()));
        return live(subject).get(0);
    }

    private List<SubjectKey> live(UUID subject) {
        return jdbc.query(LIVE, (row, n) -> new SubjectKey(row.getObject(1, UUID.class), row.getBytes(2)), subject);
    }

    @Override
    public Optional<byte[]> key(UUID kid) {
        return jdbc.query("SELECT key_bytes FROM personal_data_key WHERE kid = ? AND destroyed_at IS NULL",
                (row, n) -> row.getBytes(1), kid).stream().findFirst();
    }

    @Override
    public List<UUID> destroy(Collection<UUID> subjects) {
        Timestamp now = Timestamp.from(clock.instant());
        return subjects.stream().distinct()
                .flatMap(subject -> jdbc.query("UPDATE personal_data_key SET key_bytes = NULL, destroyed_at = ?"
                        + " WHERE subject = ? AND destroyed_at IS NULL RETURNING kid",
                        (row, n) -> row.getObject(1, UUID.class), now, subject).stream())
                .toList();
    }

    @Override
    public List<KeyState> of(UUID subject) {
        return jdbc.query("SELECT kid, created_at, destroyed_at FROM personal_data_key WHERE subject = ? ORDER BY created_at, kid",
                (row, n) -> new KeyState(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(),
                        Optional.ofNullable(row.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)),
                subject);
    }
}
