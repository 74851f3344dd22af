package io.ultramarket.commerce.projections.columns;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Updates of a read-model table whose rows each mirror one aggregate. A row's {@code version} is the
 * sequence number of the last event of its aggregate applied to it, and an update applies only to an older
 * row: an event applied a second time (a retried dead letter, say) changes nothing. (The tracking token's
 * global position is no version: an event that filled a gap in the stream arrives with a token ahead of
 * its own position.)
 */
public class VersionedRows {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;

    public VersionedRows(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /**
     * Sets {@code assignments} (SQL with {@code ?} placeholders for {@code values}, never event text spliced
     * in), the version and {@code updated_at}, on the row of {@code key} if it is older than {@code version}.
     *
     * @return true when the row changed
     */
    public boolean update(Object key, long version, Instant at, String assignments, Object... values) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(values));
        parameters.addAll(List.of(version, utc(at), key, version));
        return jdbc.update("UPDATE " + table + " SET " + assignments + ", version = ?, updated_at = ? "
                + "WHERE " + keyColumn + " = ? AND version < ?", parameters.toArray()) > 0;
    }

    /** An event's timestamp as PostgreSQL's JDBC driver binds it to TIMESTAMPTZ. */
    public static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
