package io.ultramarket.commerce.readmodels;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A checksum of every PostgreSQL read model: each view the projection runtime keeps over an ACTIVE
 * generation's table ({@code order_view} over {@code order_view_g2}), its row count and a sum of its rows' hashes.
 * Equal checksums mean equal read models. The views are found in the database, from
 * {@code projection_generation} and PostgreSQL's catalog, so that a new projection is covered without a
 * change here.
 */
public final class ReadModelChecksums {

    /**
     * Columns that legitimately differ between two builds of the same events: how far the search indexer has
     * shipped a document to Elasticsearch is bookkeeping of the shipping, not of the events.
     */
    private static final List<String> NOT_FROM_EVENTS = List.of("shipped_revision");
    private static final String VIEWS = "SELECT u.view_name FROM information_schema.view_table_usage u "
            + "JOIN projection_generation g ON g.state = 'ACTIVE' AND u.table_name = u.view_name || '_g' || g.generation "
            + "WHERE u.view_schema = current_schema() ORDER BY 1";

    private final JdbcTemplate jdbc;

    public ReadModelChecksums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every read-model view by name, with its row count and checksum. */
    public Map<String, Checksum> all() {
        List<String> views = jdbc.queryForList(VIEWS, String.class);
        if (views.isEmpty()) {
            throw new IllegalStateException("no read-model view found: is the projection runtime running?");
        }
        // One statement for all views: a fuzz run takes this after every refusal, so round trips add up.
        String query = views.stream().map(ReadModelChecksums::checksumOf).collect(Collectors.joining(" UNION ALL "));
        Map<String, Checksum> checksums = new TreeMap<>();
        jdbc.query(query, (RowCallbackHandler) row -> checksums.put(row.getString(1),
                new Checksum(row.getLong(2), row.getString(3))));
        return checksums;
    }

    /** The rows of one view as JSON text (what {@link #all} hashes), to show how two builds differ. */
    public Set<String> rows(String view) {
        if (!view.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a view name: " + view);
        }
        return new HashSet<>(jdbc.queryForList(rowsOf(view), String.class));
    }

    private static String rowsOf(String view) {
        return "SELECT (to_jsonb(v) - " + NOT_FROM_EVENTS.stream().map(column -> "'" + column + "'::text")
                .collect(Collectors.joining(" - ")) + ")::text AS row FROM " + view + " v";
    }

    /**
     * Each row as JSON text, hashed to 64 bits, the hashes summed without overflow: independent of physical
     * order, of the table's generation and of the columns' order, and read in one pass without sorting or
     * concatenating the table.
     */
    private static String checksumOf(String view) {
        return "(SELECT '" + view + "', count(*), coalesce(sum(hashtextextended(row, 0)::numeric), 0)::text FROM ("
                + rowsOf(view) + ") r)";
    }

    public record Checksum(long rows, String rowHashSum) {
    }
}
