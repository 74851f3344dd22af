package io.ultramarket.commerce;

import io.ultramarket.commerce.readstore.DatabaseAddress;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Someone with the embedded server's superuser, which the app itself no longer connects as (ADR 0043): what
 * the tests use to stage what only an insider could do (tamper with stored events, switch triggers off, touch
 * tables the app's role may not), or to look at what the app's role cannot see. Never the app's own pools.
 */
public class Insider {

    private static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data, hash";
    private static final List<String> COLUMNS = List.of(EVENT_COLUMNS.split(", "));

    private final JdbcTemplate superuser;

    public Insider(DatabaseAddress database) {
        // The embedded server trusts its superuser on the loopback (EmbeddedDatabaseRoles).
        SingleConnectionDataSource connection = new SingleConnectionDataSource(database.jdbcUrl(), "postgres", "", true);
        this.superuser = new JdbcTemplate(connection);
    }

    /** The superuser's JdbcTemplate (one connection, shared by the tests of the run). */
    public JdbcTemplate jdbc() {
        return superuser;
    }

    /**
     * Runs one statement with this session's triggers off ({@code session_replication_role = replica}), as
     * only the owner or a superuser can: the store refuses to rewrite or remove events otherwise.
     *
     * @return the number of rows the statement changed
     */
    public synchronized int withTriggersOff(String sql, Object... arguments) {
        return superuser.execute((ConnectionCallback<Integer>) connection -> {
            replicationRole(connection, "replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                return statement.executeUpdate();
            } finally {
                replicationRole(connection, "origin");
            }
        });
    }

    /**
     * The stored events {@code where} selects, every column, to be put back by {@link #putBack} after a test tampered
     * with them: the app's other tests share the store, and a rebuild from event 0 must still give the read models
     * they see.
     */
    public List<Map<String, Object>> storedEvents(String where, Object argument) {
        return superuser.queryForList("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry WHERE " + where, argument);
    }

    /** Puts stored events back as they were, with their positions and hashes, whatever was done to them since. */
    public void putBack(List<Map<String, Object>> events) {
        for (Map<String, Object> row : events) {
            withTriggersOff("DELETE FROM domain_event_entry WHERE global_index = ?", row.get("global_index"));
            withTriggersOff("INSERT INTO domain_event_entry (" + EVENT_COLUMNS + ") VALUES ("
                            + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")",
                    COLUMNS.stream().map(row::get).toArray());
        }
    }

    private static void replicationRole(Connection connection, String role) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = " + role);
        }
    }
}
