package io.ultramarket.commerce.projections.analytics;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.projections.runtime.GenerationRecord;
import io.ultramarket.commerce.projections.runtime.GenerationState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code analytics_generation}: changes run in the caller's transaction under an advisory lock, so
 * two instances never bootstrap or switch at once.
 */
final class AnalyticsGenerations {

    static final String PROJECTION = "analytics";

    private static final RowMapper<GenerationRecord> ROW = (row, index) -> new GenerationRecord(
            new Generation(PROJECTION, row.getInt("generation")),
            GenerationState.valueOf(row.getString("state")),
            instant(row.getTimestamp("created_at")),
            instant(row.getTimestamp("activated_at")),
            instant(row.getTimestamp("retired_at")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AnalyticsGenerations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rows -> null, "projection:" + PROJECTION);
    }

    List<GenerationRecord> all() {
        return jdbc.query("SELECT * FROM analytics_generation ORDER BY generation", ROW);
    }

    Optional<Generation> inState(GenerationState state) {
        return all().stream().filter(record -> record.state() == state).map(GenerationRecord::generation).findFirst();
    }

    Generation next() {
        Integer highest = jdbc.queryForObject("SELECT max(generation) FROM analytics_generation", Integer.class);
        return new Generation(PROJECTION, highest == null ? 1 : highest + 1);
    }

    void insert(Generation generation, GenerationState state) {
        jdbc.update("INSERT INTO analytics_generation (generation, state, activated_at) VALUES (?, ?, ?)",
                generation.number(), state.name(), state == GenerationState.ACTIVE ? Timestamp.from(clock.instant()) : null);
    }

    void activate(Generation building) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE analytics_generation SET state = 'RETIRED', retired_at = ? WHERE state = 'ACTIVE'", now);
        jdbc.update("UPDATE analytics_generation SET state = 'ACTIVE', activated_at = ? WHERE generation = ?",
                now, building.number());
    }

    List<Generation> retiredLongerThan(Duration grace) {
        return jdbc.query("SELECT * FROM analytics_generation WHERE state = 'RETIRED' AND retired_at < ?", ROW,
                Timestamp.from(clock.instant().minus(grace))).stream().map(GenerationRecord::generation).toList();
    }

    void markDropped(Generation generation) {
        jdbc.update("UPDATE analytics_generation SET state = 'DROPPED' WHERE generation = ?", generation.number());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
