package io.ultramarket.commerce.projections.search;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Since when each index of an alias has been unused, in PostgreSQL ({@code search_index_unused}, V30): the
 * grace before an index is deleted counts from the first time any instance saw it unused, so it neither
 * starts again nor is cut short when another instance takes the indexer's turn. Only the instance holding
 * the turn writes here.
 */
final class UnusedSearchIndices {

    private final JdbcTemplate jdbc;
    private final String alias;

    UnusedSearchIndices(JdbcTemplate jdbc, String alias) {
        this.jdbc = jdbc;
        this.alias = alias;
    }

    /**
     * Records the indices unused now (those already recorded keep their time), forgets the others (in use
     * again, or gone), and answers since when each unused one has been unused.
     */
    Map<String, Instant> unusedSince(List<String> unused, Instant now) {
        String[] names = unused.toArray(String[]::new);
        jdbc.update("DELETE FROM search_index_unused WHERE alias = ? AND NOT (index_name = ANY(?))", alias, names);
        if (unused.isEmpty()) {
            // The usual cycle: every index is in use. One statement, not three, at every poll.
            return Map.of();
        }
        jdbc.update("INSERT INTO search_index_unused (index_name, alias, unused_since) SELECT unnest(?::varchar[]), ?, ? "
                + "ON CONFLICT (index_name) DO NOTHING", names, alias, Timestamp.from(now));
        Map<String, Instant> since = new HashMap<>();
        jdbc.query("SELECT index_name, unused_since FROM search_index_unused WHERE alias = ?",
                row -> {
                    since.put(row.getString("index_name"), row.getTimestamp("unused_since").toInstant());
                }, alias);
        return since;
    }

    void deleted(String index) {
        jdbc.update("DELETE FROM search_index_unused WHERE index_name = ?", index);
    }
}
