package io.ultramarket.commerce.projections.columns;

import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.CREATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.UPDATED_AT;
import static io.ultramarket.commerce.projections.columns.VersionedRowSchema.VERSION;

/** The DDL of a table that keeps one JSON document per aggregate (written by {@link JsonDocumentRows}). */
public final class JsonDocumentSchema {

    private JsonDocumentSchema() {
    }

    public static String ddl(String table, String idColumn, String documentColumn) {
        return "CREATE TABLE " + table + " (" + idColumn + " UUID PRIMARY KEY, " + documentColumn + " JSONB NOT NULL, "
                + VERSION + " BIGINT NOT NULL, " + CREATED_AT + " TIMESTAMPTZ NOT NULL, " + UPDATED_AT + " TIMESTAMPTZ NOT NULL)";
    }
}
