package io.ultramarket.commerce.admin;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every instance finds a retired generation due at its reconciliation; the first to get the projection's lock
 * drops it, and an instance that gets the lock after it leaves it alone (ADR 0056). The other instance is
 * played by the test on a connection of its own: it holds the lock while this app's reconciler waits for it,
 * then marks the generation DROPPED, keeping its table, so that a second drop would show.
 */
@ApiIntegrationTest
class GenerationDroppedOnceIT {

    private static final String PROJECTION = "carts";
    /** Far above any generation a replay of this run reaches. */
    private static final int GENERATION = 999;
    private static final String TABLE = "cart_view_g" + GENERATION;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aGenerationAnotherInstanceDroppedIsNotDroppedAgain() throws SQLException {
        try {
            jdbc.execute("CREATE TABLE " + TABLE + " (cart_id UUID PRIMARY KEY)");
            try (Connection otherInstance = dataSource.getConnection()) {
                otherInstance.setAutoCommit(false);
                takeTheProjectionsLock(otherInstance);
                jdbc.update("INSERT INTO projection_generation (projection, generation, state, retired_at) "
                        + "VALUES (?, ?, 'RETIRED', now() - interval '1 hour')", PROJECTION, GENERATION);
                await().atMost(Duration.ofSeconds(30)).until(this::reconcilerWaitsForTheLock);
                try (PreparedStatement dropped = otherInstance.prepareStatement("UPDATE projection_generation "
                        + "SET state = 'DROPPED' WHERE projection = ? AND generation = ?")) {
                    dropped.setString(1, PROJECTION);
                    dropped.setInt(2, GENERATION);
                    dropped.executeUpdate();
                }
                otherInstance.commit();
            }
            // The reconciler waited first, so it gets the lock next; this waits until its transaction is over.
            try (Connection afterIt = dataSource.getConnection()) {
                afterIt.setAutoCommit(false);
                takeTheProjectionsLock(afterIt);
                afterIt.rollback();
            }
            assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, TABLE))
                    .as("the generation was dropped once, by the other instance").isTrue();
        } finally {
            jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
            jdbc.update("DELETE FROM projection_generation WHERE projection = ? AND generation = ?", PROJECTION, GENERATION);
        }
    }

    /** The lock ProjectionGenerations takes around every change of a projection's generations. */
    private static void takeTheProjectionsLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "projection:" + PROJECTION);
            lock.executeQuery().close();
        }
    }

    private boolean reconcilerWaitsForTheLock() {
        Integer waiting = jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND NOT granted AND objsubid = 1 AND objid::text::bigint = (hashtext(?)::bigint & 4294967295)",
                Integer.class, "projection:" + PROJECTION);
        return waiting != null && waiting > 0;
    }
}
