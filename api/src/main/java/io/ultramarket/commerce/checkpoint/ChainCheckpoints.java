package io.ultramarket.commerce.checkpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Takes a checkpoint: the newest settled event of the store and the newest event of every aggregate changed
 * since the previous checkpoint, signed, appended to the checkpoint tables and to the log file. Runs as the
 * recurring task {@code checkpoint-event-chains} (one instance at a time) and holds an advisory lock, so two
 * takers never number a checkpoint alike.
 */
public class ChainCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);
    private static final long LOCK = 0x636b7074L; // "ckpt"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CheckpointRows rows;
    private final CheckpointKey key;
    private final CheckpointLog checkpointLog;
    private final Clock clock;
    private final Duration settle;

    ChainCheckpoints(JdbcTemplate jdbc, TransactionTemplate transactions, CheckpointKey key, CheckpointLog checkpointLog,
                     Clock clock, Duration settle) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = new CheckpointRows(jdbc);
        this.key = key;
        this.checkpointLog = checkpointLog;
        this.clock = clock;
        this.settle = settle;
    }

    /** The new checkpoint, or empty when no event has settled since the last one. */
    public Optional<Checkpoint> take() {
        Optional<Checkpoint> taken = Optional.ofNullable(transactions.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> { }, LOCK);
            Optional<Checkpoint> previous = rows.latest();
            long after = previous.map(checkpoint -> checkpoint.statement().headPosition()).orElse(0L);
            Instant now = clock.instant();
            Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry "
                    + "WHERE global_index > ? AND time_stamp::timestamptz <= ?", Long.class, after,
                    now.minus(settle).atOffset(ZoneOffset.UTC));
            if (head == null) {
                return null;
            }
            byte[] headHash = jdbc.queryForObject("SELECT hash FROM domain_event_entry WHERE global_index = ?", byte[].class, head);
            CheckpointStatement statement = new CheckpointStatement(
                    previous.map(checkpoint -> checkpoint.statement().id()).orElse(0L) + 1, now.toString(), head, headHash,
                    previous.map(Checkpoint::signature).orElse(null), changedHeads(after, head));
            Checkpoint checkpoint = new Checkpoint(statement, key.publicKey().getEncoded(), key.sign(statement.bytes()));
            rows.insert(checkpoint);
            return checkpoint;
        }));
        // Logged once committed: the log never names a checkpoint the database does not have.
        taken.ifPresent(checkpoint -> {
            checkpointLog.append(checkpoint);
            log.info("Chain checkpoint {} signed: head at position {}, {} aggregate(s) changed", checkpoint.statement().id(),
                    checkpoint.statement().headPosition(), checkpoint.statement().aggregates().size());
        });
        return taken;
    }

    /** The newest event (up to {@code head}) of each aggregate with an event in {@code (after, head]}. */
    private List<AggregateHead> changedHeads(long after, long head) {
        return jdbc.query("""
                        SELECT DISTINCT ON (e.aggregate_identifier) e.aggregate_identifier, e.type, e.sequence_number,
                               e.global_index, e.hash
                        FROM domain_event_entry e
                        WHERE e.global_index <= ? AND e.aggregate_identifier IN (
                            SELECT aggregate_identifier FROM domain_event_entry WHERE global_index > ? AND global_index <= ?)
                        ORDER BY e.aggregate_identifier, e.sequence_number DESC""",
                (row, index) -> new AggregateHead(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getBytes(5)), head, after, head);
    }
}
