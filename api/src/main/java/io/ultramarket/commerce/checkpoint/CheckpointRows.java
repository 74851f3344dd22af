package io.ultramarket.commerce.checkpoint;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checkpoint tables (V26), read and appended over JDBC: callers are off the event loop. */
public class CheckpointRows {

    private final JdbcTemplate jdbc;

    public CheckpointRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every checkpoint, oldest first, rebuilt from its rows. */
    public List<Checkpoint> all() {
        Map<Long, List<AggregateHead>> heads = new HashMap<>();
        jdbc.query("SELECT checkpoint_id, aggregate_identifier, aggregate_type, sequence_number, position, hash "
                + "FROM chain_checkpoint_head", row -> {
            heads.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new AggregateHead(
                    row.getString(2), row.getString(3), row.getLong(4), row.getLong(5), row.getBytes(6)));
        });
        return jdbc.query("SELECT id, taken_at, head_position, head_hash, previous_signature, public_key, signature "
                        + "FROM chain_checkpoint ORDER BY id",
                (row, index) -> new Checkpoint(new CheckpointStatement(row.getLong(1), row.getString(2), row.getLong(3),
                        row.getBytes(4), row.getBytes(5), heads.getOrDefault(row.getLong(1), List.of())),
                        row.getBytes(6), row.getBytes(7)));
    }

    /** The newest checkpoint's number, head position and signature. */
    Optional<Checkpoint> latest() {
        return jdbc.query("SELECT id, taken_at, head_position, head_hash, previous_signature, public_key, signature "
                        + "FROM chain_checkpoint ORDER BY id DESC LIMIT 1",
                (row, index) -> new Checkpoint(new CheckpointStatement(row.getLong(1), row.getString(2), row.getLong(3),
                        row.getBytes(4), row.getBytes(5), List.of()), row.getBytes(6), row.getBytes(7))).stream().findFirst();
    }

    void insert(Checkpoint checkpoint) {
        CheckpointStatement statement = checkpoint.statement();
        jdbc.update("INSERT INTO chain_checkpoint (id, taken_at, head_position, head_hash, previous_signature, public_key, signature) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", statement.id(), statement.takenAt(), statement.headPosition(),
                statement.headHash(), statement.previousSignature(), checkpoint.publicKey(), checkpoint.signature());
        jdbc.batchUpdate("INSERT INTO chain_checkpoint_head (checkpoint_id, aggregate_identifier, aggregate_type, "
                        + "sequence_number, position, hash) VALUES (?, ?, ?, ?, ?, ?)", statement.aggregates(), 500,
                (insert, head) -> {
                    insert.setLong(1, statement.id());
                    insert.setString(2, head.aggregateId());
                    insert.setString(3, head.aggregateType());
                    insert.setLong(4, head.sequenceNumber());
                    insert.setLong(5, head.position());
                    insert.setBytes(6, head.hash());
                });
    }
}
