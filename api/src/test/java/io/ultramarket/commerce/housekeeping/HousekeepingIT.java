package io.ultramarket.commerce.housekeeping;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency keys and webhook deliveries are kept for their retention, then purged in batches; the purge
 * is a recurring task of the app's scheduler, so one instance of a cluster runs it.
 */
@ApiIntegrationTest
class HousekeepingIT {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    /** A row exactly as old as its retention stays: only older ones go. */
    @Test
    void rowsOlderThanTheirRetentionGoInBatchesAndYoungerOnesStay() {
        String scope = "housekeeping-" + UUID.randomUUID();
        for (int day = 1; day <= 9; day++) {
            jdbc.update("INSERT INTO idempotency_key (scope, key, request_hash, created_at) VALUES (?, ?, ?, ?)",
                    scope, "key-" + day, "0".repeat(64), Timestamp.from(NOW.minus(Duration.ofDays(day))));
            jdbc.update("INSERT INTO webhook_delivery (source, event_id, event_type, received_at) VALUES (?, ?, ?, ?)",
                    scope, "evt-" + day, "test", Timestamp.from(NOW.minus(Duration.ofDays(day * 5L))));
        }
        var settings = new HousekeepingProperties(Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(1), 2);

        new ExpiredRows(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), settings).purge();

        assertThat(jdbc.queryForList("SELECT key FROM idempotency_key WHERE scope = ? ORDER BY created_at DESC",
                String.class, scope)).containsExactly("key-1", "key-2", "key-3", "key-4", "key-5", "key-6", "key-7");
        assertThat(jdbc.queryForList("SELECT event_id FROM webhook_delivery WHERE source = ? ORDER BY received_at DESC",
                String.class, scope)).containsExactly("evt-1", "evt-2", "evt-3", "evt-4", "evt-5", "evt-6");
    }

    @Test
    void thePurgeIsScheduledInTheSharedTaskTable() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?", Integer.class,
                HousekeepingConfiguration.TASK)).isEqualTo(1);
    }
}
