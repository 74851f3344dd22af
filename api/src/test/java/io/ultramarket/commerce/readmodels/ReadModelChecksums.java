package io.ultramarket.commerce.readmodels;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every PostgreSQL read model: each view the projection runtime keeps over an ACTIVE
 * generation's table ({@code order_view} over {@code order_view_g2}), its rows as JSON in a fixed order.
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
        Map<String, Checksum> checksums = new TreeMap<>();
        for (String view : jdbc.queryForList(VIEWS, String.class)) {
            checksums.put(view, of(view));
        }
        if (checksums.isEmpty()) {
            throw new IllegalStateException("no read-model view found: is the projection runtime running?");
        }
        return checksums;
    }

    private Checksum of(String view) {
        // Rows as JSON text, sorted as text: independent of physical order, of the table's generation, and of
        // the columns' order.
        String rows = "SELECT (to_jsonb(v) - " + NOT_FROM_EVENTS.stream().map(column -> "'" + column + "'::text")
                .reduce((a, b) -> a + " - " + b).orElseThrow() + ")::text AS row FROM " + view + " v";
        return jdbc.queryForObject("SELECT count(*), md5(coalesce(string_agg(row, E'\\n' ORDER BY row COLLATE \"C\"), '')) FROM ("
                + rows + ") r", (result, index) -> new Checksum(result.getLong(1), result.getString(2)));
    }

    public record Checksum(long rows, String md5) {
    }
}
