package io.ultramarket.commerce.projections.columns;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;
import static io.ultramarket.commerce.projections.columns.VersionedRows.utc;

/**
 * A read-model table that keeps one JSON document per aggregate: an id, the document, and the version and
 * times of {@link VersionedRows} ({@link JsonDocumentSchema} is its DDL). The document is folded from the aggregate's events; an event applied twice
 * changes nothing.
 *
 * @param <T> the document's record
 */
public class JsonDocumentRows<T> {

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final String table;
    private final String idColumn;
    private final String documentColumn;
    private final TypeReference<T> type;
    private final VersionedRows rows;

    public JsonDocumentRows(JdbcTemplate jdbc, JsonColumns json, String table, String idColumn, String documentColumn,
                            TypeReference<T> type) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.idColumn = idColumn;
        this.documentColumn = documentColumn;
        this.type = type;
        this.rows = new VersionedRows(jdbc, table, idColumn);
    }

    /** The aggregate's first event made the document. */
    public void insert(UUID id, T document, long version, Instant at) {
        jdbc.update("INSERT INTO " + table + " (" + idColumn + ", " + documentColumn + ", " + VERSION + ", " + CREATED_AT
                + ", " + UPDATED_AT + ") "
                + "VALUES (?, ?::jsonb, ?, ?, ?) ON CONFLICT (" + idColumn + ") DO NOTHING",
                id, json.write(document), version, utc(at), utc(at));
    }

    /** A later event changed the document, unless the row already shows it (or does not exist). */
    public void change(UUID id, long version, Instant at, UnaryOperator<T> change) {
        List<String> current = jdbc.queryForList("SELECT " + documentColumn + "::text FROM " + table
                + " WHERE " + idColumn + " = ? AND " + VERSION + " < ?", String.class, id, version);
        if (!current.isEmpty()) {
            T changed = change.apply(json.read(current.get(0), type));
            rows.apply(id, version, at, documentColumn + " = ?::jsonb", json.write(changed));
        }
    }
}
