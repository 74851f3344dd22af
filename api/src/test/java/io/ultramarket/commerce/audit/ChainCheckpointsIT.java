package io.ultramarket.commerce.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Insider;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.checkpoint.ChainCheckpoints;
import io.ultramarket.commerce.checkpoint.Checkpoint;
import io.ultramarket.commerce.checkpoint.CheckpointKey;
import io.ultramarket.commerce.checkpoint.CheckpointRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An insider with the superuser's rights deletes an aggregate, truncates the store's tail, rewrites an event
 * (with and without recomputing the chain), alters a checkpoint, or deletes the newest checkpoints with the tail
 * they covered: {@code GET /audit/verify} names the first bad event, or the checkpoint, each time (ADRs 0045,
 * 0052: the last case only through the log file's copy). Each test puts the rows back afterwards. A database of
 * its own: the shared one holds HashChainIT's tampered events, which would be the first bad ones. Its SKUs are
 * its own too: {@code Shop} remembers the SKUs it put on sale for the whole run, in whichever database.
 */
@ApiIntegrationTest
// A second app on the run's Elasticsearch, Kafka and ClickHouse: closed after this class, so that its
// processors stop working beside the shared context's.
@DirtiesContext
class ChainCheckpointsIT {

    /** A log file of this run's: it belongs to the database, which every run begins afresh (ADR 0052). */
    private static final Path LOG = Path.of("target/it-keys/chain-checkpoints-it-" + UUID.randomUUID() + ".log");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("commerce.embedded-postgres.data-directory", () -> "target/it-postgres-checkpoints");
        registry.add("commerce.chain-checkpoints.log-file", LOG::toString);
        registry.add("commerce.chain-checkpoints.settle", () -> "PT0S");
        // The tests take their checkpoints themselves, between the steps they check.
        registry.add("commerce.chain-checkpoints.every", () -> "PT1H");
    }

    @Autowired
    WebTestClient http;
    @Autowired
    Insider insider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainCheckpoints checkpoints;
    Shop shop;
    Auditor auditor;
    List<Map<String, Object>> removed = List.of();

    @BeforeEach
    void setUp() {
        shop = new Shop(http);
        auditor = new Auditor(http);
    }

    /** Puts back what a test removed or changed, with its original position and hash. */
    @AfterEach
    void restore() {
        insider.putBack(removed);
        assertThat(auditor.verifyStore().get("intact").asBoolean()).as("the store after putting the rows back").isTrue();
    }

    @Test
    void anUntouchedStoreVerifiesAgainstTheLatestCheckpoint() {
        UUID cartId = shop.createCart();
        Checkpoint checkpoint = checkpoints.take().orElseThrow();
        assertThat(checkpoint.statement().aggregates()).anyMatch(head -> head.aggregateId().equals(cartId.toString()));

        JsonNode verification = auditor.verifyStore();

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("checkpoint").get("id").asLong()).isEqualTo(checkpoint.statement().id());
        assertThat(verification.has("firstBadEvent")).isFalse();
    }

    @Test
    void aDeletedAggregateIsNamedAsMissingFromItsFirstEvent() {
        UUID cartId = shop.createCart();
        checkpoints.take();
        long position = positionOf(cartId, 0);

        removed = remember("aggregate_identifier = ?", cartId.toString());
        insider.withTriggersOff("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", cartId.toString());

        expectFirstBad(cartId, 0, position, "missing");
    }

    @Test
    void aTruncatedTailIsNamedAtItsFirstMissingEvent() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "CKPT-TAIL-1", 1, "2.00").expectStatus().isAccepted();
        checkpoints.take();
        long position = positionOf(cartId, 1);

        removed = remember("global_index >= ?", position);
        insider.withTriggersOff("DELETE FROM domain_event_entry WHERE global_index >= ?", position);

        expectFirstBad(cartId, 1, position, "missing");
        JsonNode perAggregate = auditor.verify("cart", cartId).get("firstMismatch");
        assertThat(perAggregate.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(perAggregate.get("position").asLong()).isEqualTo(position);
        assertThat(perAggregate.get("cause").asText()).isEqualTo("missing");
    }

    @Test
    void aRewrittenEventIsNamedWhetherOrNotItsHashWasLeft() {
        UUID cartId = shop.createCart();
        checkpoints.take();
        shop.addItem(cartId, "CKPT-PEN-1", 1, "1.50").expectStatus().isAccepted();
        checkpoints.take();
        shop.addItem(cartId, "CKPT-PEN-2", 1, "1.50").expectStatus().isAccepted();
        checkpoints.take();
        long position = positionOf(cartId, 1);
        removed = remember("aggregate_identifier = ?", cartId.toString());

        // Edited in place: the stored hash no longer matches the content.
        insider.withTriggersOff("UPDATE domain_event_entry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', 'UTF8') "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", cartId.toString());
        expectFirstBad(cartId, 1, position, "rewritten");
        assertThat(auditor.verify("cart", cartId).get("firstMismatch").get("cause").asText()).isEqualTo("rewritten");

        // Then re-hashed from there on, as the V3 trigger would: the chain holds, the signed heads do not.
        for (long sequence = 1; sequence <= 2; sequence++) {
            insider.withTriggersOff("UPDATE domain_event_entry e SET hash = event_chain_hash(e) "
                    + "WHERE aggregate_identifier = ? AND sequence_number = ?", cartId.toString(), sequence);
        }
        expectFirstBad(cartId, 1, position, "broken-link");
        JsonNode perAggregate = auditor.verify("cart", cartId).get("firstMismatch");
        assertThat(perAggregate.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(perAggregate.get("cause").asText()).isEqualTo("broken-link");
    }

    /**
     * Events rewritten and re-hashed as migration V47 does it, with every changed hash recorded beside the old one
     * (ADR 0073): the heads signed before the rewrite still tie to the events, and the store verifies intact.
     */
    @Test
    void aRewriteThatRecordedTheOldHashesKeepsTheHeadsSignedBeforeTied() {
        UUID cartId = shop.createCart();
        shop.addItem(cartId, "CKPT-SEAL-1", 1, "1.50").expectStatus().isAccepted();
        checkpoints.take();
        removed = remember("aggregate_identifier = ?", cartId.toString());
        List<Map<String, Object>> before = insider.jdbc().queryForList("SELECT global_index, hash FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", cartId.toString());

        insider.withTriggersOff("UPDATE domain_event_entry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ', 'UTF8') "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", cartId.toString());
        for (long sequence = 0; sequence < before.size(); sequence++) {
            insider.withTriggersOff("UPDATE domain_event_entry e SET hash = event_chain_hash(e) "
                    + "WHERE aggregate_identifier = ? AND sequence_number = ?", cartId.toString(), sequence);
        }
        long rewrite = insider.jdbc().queryForObject("SELECT coalesce(max(id), 0) + 1 FROM chain_rewrite", Long.class);
        long head = insider.jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        insider.withTriggersOff("INSERT INTO chain_rewrite (id, reason, rewritten_at, old_head_position, old_head_hash, "
                + "new_head_hash, last_checkpoint, events_rewritten, events_rehashed) SELECT ?, 'test', now(), global_index, hash, "
                + "hash, NULL, 1, ? FROM domain_event_entry WHERE global_index = ?", rewrite, before.size(), head);
        for (Map<String, Object> event : before) {
            insider.withTriggersOff("INSERT INTO chain_rewrite_event (rewrite_id, global_index, old_hash, new_hash) "
                    + "SELECT ?, global_index, ?, hash FROM domain_event_entry WHERE global_index = ?", rewrite, event.get("hash"),
                    event.get("global_index"));
        }

        assertThat(auditor.verifyStore().get("intact").asBoolean()).isTrue();
        assertThat(auditor.verify("cart", cartId).get("intact").asBoolean()).isTrue();
    }

    @Test
    void aCheckpointVerifiesWithThePublicKeyAndNotOnceARowIsAltered() throws Exception {
        UUID cartId = shop.createCart();
        Checkpoint taken = checkpoints.take().orElseThrow();
        long id = taken.statement().id();

        Checkpoint stored = stored(id);
        var publicKey = CheckpointKey.publicKey(stored.publicKey());
        assertThat(CheckpointKey.verifies(publicKey, stored.statement().bytes(), stored.signature())).isTrue();
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8))
                .contains("{\"id\":" + id + ",");
        assertThatThrownBy(() -> jdbc.update("UPDATE chain_checkpoint_head SET sequence_number = 7 WHERE checkpoint_id = ?", id))
                .as("the app's role").isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");

        insider.withTriggersOff("UPDATE chain_checkpoint_head SET sequence_number = sequence_number + 1 "
                + "WHERE checkpoint_id = ? AND aggregate_identifier = ?", id, cartId.toString());
        try {
            assertThat(CheckpointKey.verifies(publicKey, stored(id).statement().bytes(), stored.signature())).isFalse();
            JsonNode verification = auditor.verifyStore();
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("checkpointProblem").get("checkpointId").asLong()).isEqualTo(id);
            assertThat(verification.get("checkpointProblem").get("cause").asText()).isEqualTo("bad-signature");
        } finally {
            insider.withTriggersOff("UPDATE chain_checkpoint_head SET sequence_number = sequence_number - 1 "
                    + "WHERE checkpoint_id = ? AND aggregate_identifier = ?", id, cartId.toString());
        }
    }

    @Test
    void checkpointsDeletedWithTheTailTheyCoveredAreCaughtByTheLogFile() {
        UUID cartId = shop.createCart();
        checkpoints.take().orElseThrow();
        shop.addItem(cartId, "CKPT-ROLL-1", 1, "2.00").expectStatus().isAccepted();
        long newest = checkpoints.take().orElseThrow().statement().id();
        long position = positionOf(cartId, 1);
        List<Map<String, Object>> checkpointRows = insider.jdbc().queryForList("SELECT * FROM chain_checkpoint WHERE id = ?", newest);
        List<Map<String, Object>> headRows = insider.jdbc().queryForList(
                "SELECT * FROM chain_checkpoint_head WHERE checkpoint_id = ?", newest);

        // Back to the older signed state: the newest checkpoint and the events only it covered are gone, and the
        // tables alone would verify.
        removed = remember("global_index >= ?", position);
        insider.withTriggersOff("DELETE FROM domain_event_entry WHERE global_index >= ?", position);
        insider.withTriggersOff("DELETE FROM chain_checkpoint_head WHERE checkpoint_id = ?", newest);
        insider.withTriggersOff("DELETE FROM chain_checkpoint WHERE id = ?", newest);
        try {
            JsonNode verification = auditor.verifyStore();
            assertThat(verification.get("checkpointProblem").get("checkpointId").asLong()).isEqualTo(newest);
            assertThat(verification.get("checkpointProblem").get("cause").asText()).isEqualTo("missing");
            expectFirstBad(cartId, 1, position, "missing");
            assertThat(auditor.verify("cart", cartId).get("firstMismatch").get("cause").asText()).isEqualTo("missing");
        } finally {
            putBack("chain_checkpoint", checkpointRows);
            putBack("chain_checkpoint_head", headRows);
        }
    }

    private void putBack(String table, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            List<String> columns = List.copyOf(row.keySet());
            insider.withTriggersOff("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(column -> "?").toList()) + ")",
                    columns.stream().map(row::get).toArray());
        }
    }

    private void expectFirstBad(UUID cartId, long sequence, long position, String cause) {
        JsonNode verification = auditor.verifyStore();
        assertThat(verification.get("intact").asBoolean()).isFalse();
        JsonNode bad = verification.get("firstBadEvent");
        assertThat(bad.get("aggregateId").asText()).isEqualTo(cartId.toString());
        assertThat(bad.get("sequenceNumber").asLong()).isEqualTo(sequence);
        assertThat(bad.get("position").asLong()).isEqualTo(position);
        assertThat(bad.get("cause").asText()).isEqualTo(cause);
    }

    private Checkpoint stored(long id) {
        return new CheckpointRows(insider.jdbc()).all().stream().filter(c -> c.statement().id() == id).findFirst().orElseThrow();
    }

    private long positionOf(UUID aggregateId, long sequence) {
        return insider.jdbc().queryForObject("SELECT global_index FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", Long.class, aggregateId.toString(), sequence);
    }

    private List<Map<String, Object>> remember(String where, Object argument) {
        return insider.storedEvents(where, argument);
    }
}
