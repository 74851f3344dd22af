package io.ultramarket.commerce.projections.badexample;

import io.ultramarket.commerce.projections.columns.VersionedRows;
import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks "schemas are only schemas": a schema class that hands its readers a writer. */
public final class LeakySchema {

    public static final String TABLE = "leaky_view";

    private LeakySchema() {
    }

    public static VersionedRows rows(JdbcTemplate jdbc) {
        return new VersionedRows(jdbc, TABLE, "id");
    }
}
