package io.ultramarket.commerce.projections.runtime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The generations table: which build of each projection answers queries, which is being built, which
 * wait to be dropped. Changes run in the caller's transaction, under a per-projection advisory lock so
 * that two instances never bootstrap or switch the same projection at once.
 */
class ProjectionGenerations {

    private static final RowMapper<GenerationRecord> ROW = (row, index) -> new GenerationRecord(
            new Generation(row.getString("projection"), row.getInt("generation")),
            GenerationState.valueOf(row.getString("state")),
            instant(row.getTimestamp("created_at")),
            instant(row.getTimestamp("activated_at")),
            instant(row.getTimestamp("retired_at")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProjectionGenerations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void lock(String projection) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rows -> null, "projection:" + projection);
    }

    List<GenerationRecord> all() {
        return jdbc.query("SELECT * FROM projection_generation ORDER BY projection, generation", ROW);
    }

    List<GenerationRecord> of(String projection) {
        return jdbc.query("SELECT * FROM projection_generation WHERE projection = ? ORDER BY generation", ROW, projection);
    }

    Optional<GenerationRecord> inState(String projection, GenerationState state) {
        return of(projection).stream().filter(record -> record.state() == state).findFirst();
    }

    Optional<GenerationState> stateOf(Generation generation) {
        return jdbc.query("SELECT state FROM projection_generation WHERE projection = ? AND generation = ?",
                (row, index) -> GenerationState.valueOf(row.getString("state")), generation.projection(),
                generation.number()).stream().findFirst();
    }

    int highestNumber(String projection) {
        Integer highest = jdbc.queryForObject(
                "SELECT max(generation) FROM projection_generation WHERE projection = ?", Integer.class, projection);
        return highest == null ? 0 : highest;
    }

    /** Made and, when ACTIVE, activated by this instance's clock, as {@link #activate} is: the two are compared. */
    void insert(Generation generation, GenerationState state) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO projection_generation (projection, generation, state, created_at, activated_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                generation.projection(), generation.number(), state.name(), now,
                state == GenerationState.ACTIVE ? now : null);
    }

    void activate(Generation building) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE projection_generation SET state = 'RETIRED', retired_at = ? "
                + "WHERE projection = ? AND state = 'ACTIVE'", now, building.projection());
        jdbc.update("UPDATE projection_generation SET state = 'ACTIVE', activated_at = ? "
                + "WHERE projection = ? AND generation = ?", now, building.projection(), building.number());
    }

    /** Retires a generation (one being built with a shape no longer today's): it is dropped after the grace. */
    void retire(Generation generation) {
        jdbc.update("UPDATE projection_generation SET state = 'RETIRED', retired_at = ? WHERE projection = ? AND generation = ?",
                Timestamp.from(clock.instant()), generation.projection(), generation.number());
    }

    List<GenerationRecord> retiredLongerThan(Duration grace) {
        return jdbc.query("SELECT * FROM projection_generation WHERE state = 'RETIRED' AND retired_at < ?", ROW,
                Timestamp.from(clock.instant().minus(grace)));
    }

    void markDropped(Generation generation) {
        jdbc.update("UPDATE projection_generation SET state = 'DROPPED' WHERE projection = ? AND generation = ?",
                generation.projection(), generation.number());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
