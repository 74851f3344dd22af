package io.ultramarket.commerce.projections.search;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many times each generation's documents were asked to be indexed again ({@code search_reindex}, V54), and up
 * to which round the copy into the round's index is complete: a generation's index carries its round in its name,
 * so a new round is a new, empty index that the indexer fills from PostgreSQL while the alias stays on the previous
 * round's index (ADR 0101). Kept in PostgreSQL, so every instance names the same index whichever has the indexer's
 * turn, and a copy cut short by a crash is made again.
 */
final class SearchReindexRounds {

    /** A generation's latest round, and whether its index has had every document copied in. */
    record Round(int number, boolean filled) {

        static final Round FIRST = new Round(0, true);
    }

    private final JdbcTemplate jdbc;
    private final String alias;

    SearchReindexRounds(JdbcTemplate jdbc, String alias) {
        this.jdbc = jdbc;
        this.alias = alias;
    }

    /** The latest round of each generation that had one; a generation absent here is at {@link Round#FIRST}. */
    Map<Integer, Round> rounds() {
        Map<Integer, Round> rounds = new HashMap<>();
        jdbc.query("SELECT generation, round, filled_round FROM search_reindex WHERE alias = ?",
                row -> {
                    int round = row.getInt("round");
                    rounds.put(row.getInt("generation"), new Round(round, row.getInt("filled_round") >= round));
                }, alias);
        return rounds;
    }

    /**
     * Starts the round after {@code seen}, the generation's round as the caller read it, and answers its number; if
     * another request started one since, answers that one instead of starting another (ADR 0101).
     */
    int next(int generation, int seen, Instant now) {
        List<Integer> started = jdbc.queryForList("INSERT INTO search_reindex (alias, generation, round, requested_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (alias, generation) DO UPDATE "
                + "SET round = search_reindex.round + 1, requested_at = EXCLUDED.requested_at "
                + "WHERE search_reindex.round = ? RETURNING round",
                Integer.class, alias, generation, seen + 1, Timestamp.from(now), seen);
        if (!started.isEmpty()) {
            return started.get(0);
        }
        Integer current = jdbc.queryForObject("SELECT round FROM search_reindex WHERE alias = ? AND generation = ?",
                Integer.class, alias, generation);
        if (current == null) {
            throw new IllegalStateException("PostgreSQL answered no round for generation " + generation);
        }
        return current;
    }

    /** Every document of the generation went into the round's index at least at the revision it had when copied. */
    void filled(int generation, int round) {
        jdbc.update("UPDATE search_reindex SET filled_round = GREATEST(filled_round, ?) WHERE alias = ? AND generation = ?",
                round, alias, generation);
    }

    /** Forgets the rounds of the generations numbered below {@code generation}. */
    void forgetBelow(int generation) {
        jdbc.update("DELETE FROM search_reindex WHERE alias = ? AND generation < ?", alias, generation);
    }
}
