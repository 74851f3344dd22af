package io.ultramarket.commerce.personaldata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Migration V47 (ADR 0073): seals, once, the personal fields of what was stored in the clear before crypto-shredding
 * (ADR 0069), with the keys and envelopes the app writes: the events' marked fields and principal names, and the
 * sagas' state. Events are rewritten in chain order with the append-only guard (V21) switched off inside the
 * migration's transaction only; the database recomputes each rewritten event's hash and those of the later events
 * of its aggregate, and every changed hash is recorded with the old one (V46's {@code chain_rewrite}), so that the
 * checkpoints signed before still tie to the events. A store without events (every fresh database) costs one query.
 * Flyway runs it as the owner, before the app's processors start.
 */
final class StoredPlaintextSealing implements JavaMigration {

    static final String REASON = "personal fields stored in the clear before crypto-shredding sealed (ADR 0073)";

    private static final Logger log = LoggerFactory.getLogger(StoredPlaintextSealing.class);
    private static final String GUARD = "domain_event_entry_append_only";

    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    StoredPlaintextSealing(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("47");
    }

    @Override
    public String getDescription() {
        return "seal personal fields stored in the clear";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry)", Boolean.class))) {
            return;
        }
        PersonalDataCipher cipher = new PersonalDataCipher(new JdbcPersonalDataKeys(jdbc, clock), json, Duration.ofHours(1));
        Rewrite rewrite = new Rewrite(connection, jdbc, cipher);
        rewrite.events();
        int sagas = rewrite.sagas();
        log.info("Sealed the personal fields stored in the clear: {} events rewritten, {} rehashed, {} sagas", rewrite.rewritten,
                rewrite.rehashed, sagas);
    }

    /** One run: the events in chain order, then the sagas. */
    private final class Rewrite {

        private final Connection connection;
        private final JdbcTemplate jdbc;
        private final PersonalDataCipher cipher;
        private final long id;
        private final long headPosition;
        private final byte[] oldHeadHash;
        private long rewritten;
        private long rehashed;

        Rewrite(Connection connection, JdbcTemplate jdbc, PersonalDataCipher cipher) {
            this.connection = connection;
            this.jdbc = jdbc;
            this.cipher = cipher;
            this.id = jdbc.queryForObject("SELECT coalesce(max(id), 0) + 1 FROM chain_rewrite", Long.class);
            this.headPosition = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            this.oldHeadHash = hashAt(headPosition);
        }

        void events() throws SQLException, IOException {
            // Off before the cursor opens (PostgreSQL alters no table a query of this session is reading), in this
            // transaction only: a failure rolls the switch back with everything else.
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER " + GUARD);
            String aggregate = null;
            boolean chainChanged = false;
            try (PreparedStatement select = connection.prepareStatement("SELECT global_index, aggregate_identifier, "
                    + "payload_type, payload, meta_data, hash FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number")) {
                select.setFetchSize(500);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        if (!row.getString(2).equals(aggregate)) {
                            aggregate = row.getString(2);
                            chainChanged = false;
                        }
                        long position = row.getLong(1);
                        Optional<byte[]> payload = sealed(row.getString(3), row.getBytes(4));
                        Optional<byte[]> metadata = sealedMetadata(row.getBytes(5));
                        if (payload.isEmpty() && metadata.isEmpty() && !chainChanged) {
                            continue;
                        }
                        if (payload.isPresent() || metadata.isPresent()) {
                            jdbc.update("UPDATE domain_event_entry SET payload = ?, meta_data = ? WHERE global_index = ?",
                                    payload.orElse(row.getBytes(4)), metadata.orElse(row.getBytes(5)), position);
                            rewritten++;
                        }
                        // The database's own hash (V3) over the new bytes and the predecessor's new hash.
                        byte[] hash = jdbc.queryForObject("UPDATE domain_event_entry d SET hash = event_chain_hash(d) "
                                + "WHERE global_index = ? RETURNING hash", byte[].class, position);
                        jdbc.update("INSERT INTO chain_rewrite_event (rewrite_id, global_index, old_hash, new_hash) VALUES (?, ?, ?, ?)",
                                id, position, row.getBytes(6), hash);
                        rehashed++;
                        chainChanged = true;
                    }
                }
            }
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER " + GUARD);
            if (rehashed > 0) {
                jdbc.update("INSERT INTO chain_rewrite (id, reason, rewritten_at, old_head_position, old_head_hash, new_head_hash, "
                                + "last_checkpoint, events_rewritten, events_rehashed) "
                                + "VALUES (?, ?, ?, ?, ?, ?, (SELECT max(id) FROM chain_checkpoint), ?, ?)",
                        id, REASON, Timestamp.from(clock.instant()), headPosition, oldHeadHash, hashAt(headPosition), rewritten,
                        rehashed);
            }
        }

        /** Checkout sagas (and any saga with marked fields) stored before: their state sealed where it was not. */
        int sagas() throws IOException {
            int sealed = 0;
            for (var saga : jdbc.queryForList("SELECT saga_id, saga_type, serialized_saga FROM saga_entry")) {
                Optional<byte[]> state = sealed((String) saga.get("saga_type"), (byte[]) saga.get("serialized_saga"));
                if (state.isPresent()) {
                    sealed += jdbc.update("UPDATE saga_entry SET serialized_saga = ? WHERE saga_id = ?", state.get(),
                            saga.get("saga_id"));
                }
            }
            return sealed;
        }

        private byte[] hashAt(long position) {
            return jdbc.queryForObject("SELECT hash FROM domain_event_entry WHERE global_index = ?", byte[].class, position);
        }

        /** The JSON with its marked fields sealed, or empty when nothing was in the clear (or the type is unknown). */
        private Optional<byte[]> sealed(String type, byte[] stored) throws IOException {
            Optional<Class<?>> known = classNamed(type);
            if (stored == null || known.isEmpty() || !PersonalFields.holdsPersonalData(known.get())) {
                return Optional.empty();
            }
            JsonNode tree = json.readTree(stored);
            if (!(tree instanceof ObjectNode object)) {
                return Optional.empty();
            }
            JsonNode before = object.deepCopy();
            PersonalFields.seal(known.get(), object, cipher);
            return object.equals(before) ? Optional.empty() : Optional.of(json.writeValueAsBytes(object));
        }

        private Optional<byte[]> sealedMetadata(byte[] stored) throws IOException {
            if (stored == null || !(json.readTree(stored) instanceof ObjectNode metadata)) {
                return Optional.empty();
            }
            JsonNode before = metadata.deepCopy();
            PersonalFields.sealPrincipalName(metadata, cipher);
            return metadata.equals(before) ? Optional.empty() : Optional.of(json.writeValueAsBytes(metadata));
        }
    }

    /** A class the app still has; a type it lost (a removed event) has nothing this version knows to seal. */
    private static Optional<Class<?>> classNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, false, StoredPlaintextSealing.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return Optional.empty();
        }
    }
}
