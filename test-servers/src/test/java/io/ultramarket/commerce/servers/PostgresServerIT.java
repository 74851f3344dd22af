package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness's PostgreSQL is a server of its own with password authentication: a database handed to a
 * test belongs to a user who can create tables in it, is no superuser, and is refused with a wrong password.
 */
@ExtendWith(RealServersExtension.class)
class PostgresServerIT {

    @Test
    void aNewDatabaseBelongsToItsOwnUserWhoCanCreateTablesInIt(PostgresServer server) throws SQLException {
        PostgresDatabase database = server.createDatabase("harness_smoke");

        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('here')");
            try (ResultSet rows = statement.executeQuery(
                    "SELECT (SELECT name FROM kept), current_database(), rolsuper FROM pg_roles WHERE rolname = current_user")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("here");
                assertThat(rows.getString(2)).isEqualTo("harness_smoke");
                assertThat(rows.getBoolean(3)).as("superuser").isFalse();
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), "wrong").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }
}
