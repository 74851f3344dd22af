package io.ultramarket.commerce;

import io.ultramarket.commerce.readstore.DatabaseAddress;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Someone with the embedded server's superuser, which the app itself no longer connects as (ADR 0043): what
 * the tests use to stage what only an insider could do (tamper with stored events, switch triggers off, touch
 * tables the app's role may not), or to look at what the app's role cannot see. Never the app's own pools.
 */
public class Insider {

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

    private static void replicationRole(Connection connection, String role) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = " + role);
        }
    }
}
