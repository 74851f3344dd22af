package io.ultramarket.commerce.snapshot;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** Reads a snapshot's row with what its seal covers, and writes seals (blocking JDBC: Axon's worker threads). */
class SnapshotRows {

    private final JdbcTemplate jdbc;

    SnapshotRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSnapshot> find(String aggregateId, long sequenceNumber) {
        return jdbc.query("""
                        SELECT s.type, s.payload_type, s.payload_revision, s.payload, s.meta_data, e.hash, seal.seal
                        FROM snapshot_event_entry s
                        LEFT JOIN domain_event_entry e
                               ON e.aggregate_identifier = s.aggregate_identifier AND e.sequence_number = s.sequence_number
                        LEFT JOIN snapshot_seal seal
                               ON seal.aggregate_identifier = s.aggregate_identifier AND seal.sequence_number = s.sequence_number
                        WHERE s.aggregate_identifier = ? AND s.sequence_number = ?""",
                (row, index) -> new StoredSnapshot(aggregateId, sequenceNumber, row.getString(1), row.getString(2),
                        row.getString(3), row.getBytes(4), row.getBytes(5), row.getBytes(6), row.getBytes(7)),
                aggregateId, sequenceNumber).stream().findFirst();
    }

    /** Stores the seal of the aggregate's newest snapshot; Axon has just deleted the older snapshots, so their seals go too. */
    void seal(String aggregateId, long sequenceNumber, byte[] seal) {
        jdbc.update("DELETE FROM snapshot_seal WHERE aggregate_identifier = ? AND sequence_number < ?", aggregateId, sequenceNumber);
        jdbc.update("INSERT INTO snapshot_seal (aggregate_identifier, sequence_number, seal) VALUES (?, ?, ?) "
                + "ON CONFLICT (aggregate_identifier, sequence_number) DO UPDATE SET seal = excluded.seal",
                aggregateId, sequenceNumber, seal);
    }
}
