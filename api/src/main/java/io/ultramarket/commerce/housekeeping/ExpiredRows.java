package io.ultramarket.commerce.housekeeping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Deletes the rows older than their retention, a batch per statement (each its own short transaction),
 * until a batch comes back short. The tables' time columns are indexed for it.
 */
public class ExpiredRows {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRows.class);

    /** A table, its time column, and how long its rows are kept. */
    record Kept(String table, String timeColumn, Duration retention) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Kept> tables;
    private final int batchSize;

    ExpiredRows(JdbcTemplate jdbc, Clock clock, HousekeepingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batchSize = properties.batchSize();
        this.tables = List.of(
                new Kept("idempotency_key", "created_at", properties.idempotencyKeyRetention()),
                new Kept("webhook_delivery", "received_at", properties.webhookDeliveryRetention()));
    }

    /** Purges every table; answers the rows deleted. */
    public long purge() {
        long deleted = 0;
        for (Kept kept : tables) {
            deleted += purge(kept);
        }
        return deleted;
    }

    private long purge(Kept kept) {
        Timestamp before = Timestamp.from(clock.instant().minus(kept.retention()));
        // ctid picks the batch's rows without a key of their own; LIMIT keeps each statement short.
        String sql = "DELETE FROM " + kept.table() + " WHERE ctid IN (SELECT ctid FROM " + kept.table()
                + " WHERE " + kept.timeColumn() + " < ? LIMIT ?)";
        long deleted = 0;
        int batch;
        do {
            batch = jdbc.update(sql, before, batchSize);
            deleted += batch;
        } while (batch == batchSize);
        if (deleted > 0) {
            log.info("Purged {} rows of {} older than {}", deleted, kept.table(), kept.retention());
        }
        return deleted;
    }
}
