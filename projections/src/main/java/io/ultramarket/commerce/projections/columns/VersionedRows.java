package io.ultramarket.commerce.projections.columns;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

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
    private final List<String> keyColumns;

    /** @param keyColumns the columns that name a row's aggregate, in the order of the key values passed */
    public VersionedRows(JdbcTemplate jdbc, String table, String... keyColumns) {
        if (keyColumns.length == 0) {
            throw new IllegalArgumentException("a versioned row needs at least one key column");
        }
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumns = List.of(keyColumns);
    }

    /**
     * Sets {@code assignments} (SQL with {@code ?} placeholders for {@code values}, never event text spliced
     * in), the version and {@code updated_at}, on the row of {@code key} if it is older than {@code version}; sent
     * with the batch's other statements when the writer's template is a {@link WriterJdbc} (ADR 0089).
     */
    public void apply(Object key, long version, Instant at, String assignments, Object... values) {
        apply(List.of(key), version, at, assignments, values);
    }

    /** The same, for a table whose rows are named by several columns ({@code keyValues} in their order). */
    public void apply(List<?> keyValues, long version, Instant at, String assignments, Object... values) {
        WriterJdbc.updateLater(jdbc, statement(keyValues, assignments), parameters(keyValues, version, at, values));
    }

    /** As {@link #apply(Object, long, Instant, String, Object...)}, at once, for a writer that needs to know: true when the row changed. */
    public boolean update(Object key, long version, Instant at, String assignments, Object... values) {
        List<?> keyValues = List.of(key);
        return jdbc.update(statement(keyValues, assignments), parameters(keyValues, version, at, values)) > 0;
    }

    private String statement(List<?> keyValues, String assignments) {
        if (keyValues.size() != keyColumns.size()) {
            throw new IllegalArgumentException("expected values for " + keyColumns + ", got " + keyValues);
        }
        String where = keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
        return "UPDATE " + table + " SET " + assignments + ", " + VERSION + " = ?, " + UPDATED_AT + " = ? "
                + "WHERE " + where + " AND " + VERSION + " < ?";
    }

    private static Object[] parameters(List<?> keyValues, long version, Instant at, Object... values) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(values));
        parameters.addAll(List.of(version, utc(at)));
        parameters.addAll(keyValues);
        parameters.add(version);
        return parameters.toArray();
    }

    /** An event's timestamp as PostgreSQL's JDBC driver binds it to TIMESTAMPTZ. */
    public static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
