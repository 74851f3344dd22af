package io.ultramarket.commerce.projections.columns;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;

/**
 * A query for the rows of a list of keys ({@code = ANY (?)}) that PostgreSQL plans at each run. The driver prepares
 * a statement run often on the server, where it gets one generic plan after five runs; for a table that a replay is
 * filling, that plan is made while the table is nearly empty (a sequential scan, which reads no more than an index
 * then) and kept while the table grows to many thousands of rows (ADR 0095).
 */
public final class PlannedEachRun {

    private PlannedEachRun() {
    }

    /** Runs {@code sql}, whose one parameter is an array of {@code elementType} holding {@code keys}. */
    public static void query(JdbcTemplate jdbc, String sql, String elementType, Object[] keys, RowCallbackHandler rows) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            statement.setArray(1, connection.createArrayOf(elementType, keys));
            return statement;
        }, rows);
    }
}
