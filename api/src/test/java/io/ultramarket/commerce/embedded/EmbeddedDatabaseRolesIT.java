package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database has two roles (ADR 0043): the app's pools connect as {@code commerce_app}, the
 * migrations ran as {@code commerce_owner}, and their passwords live in a file only its owner may read,
 * drawn at the first start and used again at every later one.
 */
@ApiIntegrationTest
class EmbeddedDatabaseRolesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseClient r2dbc;
    @Autowired
    EmbeddedPostgresServer server;

    @TempDir
    Path otherDataDirectory;

    @Test
    void theAppsPoolsConnectAsTheAppRole() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedDatabaseRoles.APP);
        assertThat(r2dbc.sql("SELECT current_user AS name").map(row -> row.get("name", String.class)).one()
                .block(Duration.ofSeconds(30))).isEqualTo(EmbeddedDatabaseRoles.APP);
    }

    @Test
    void theMigrationsRanAsTheOwner() {
        assertThat(jdbc.queryForList("SELECT DISTINCT installed_by FROM flyway_schema_history", String.class))
                .containsExactly(EmbeddedDatabaseRoles.OWNER);
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'", String.class))
                .isEqualTo(EmbeddedDatabaseRoles.OWNER);
    }

    @Test
    void thePasswordsFileIsTheOwnersAlone() throws Exception {
        Path file = server.dataDirectory().resolve(EmbeddedDatabaseRoles.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aRestartUsesTheSamePasswordsAndTheyAreRequired() throws Exception {
        var properties = new EmbeddedPostgresProperties(otherDataDirectory, 0, false, true, 1.1);
        Path file = otherDataDirectory.resolve(EmbeddedDatabaseRoles.FILE_NAME);
        EmbeddedDatabaseRoles first;
        String written;
        try (EmbeddedPostgresServer started = EmbeddedPostgresServer.start(properties)) {
            first = EmbeddedDatabaseRoles.ensure(started.dataDirectory(), started.jdbcUrl());
            written = Files.readString(file);
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(properties)) {
            EmbeddedDatabaseRoles again = EmbeddedDatabaseRoles.ensure(restarted.dataDirectory(), restarted.jdbcUrl());
            assertThat(again).isEqualTo(first);
            assertThat(Files.readString(file)).isEqualTo(written);
            assertThat(userOf(restarted, EmbeddedDatabaseRoles.APP, again.appPassword())).isEqualTo(EmbeddedDatabaseRoles.APP);
            assertThat(userOf(restarted, EmbeddedDatabaseRoles.OWNER, again.ownerPassword())).isEqualTo(EmbeddedDatabaseRoles.OWNER);
            assertThatThrownBy(() -> userOf(restarted, EmbeddedDatabaseRoles.APP, "not-the-password"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    private static String userOf(EmbeddedPostgresServer server, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrlWithoutUser(), user, password);
             ResultSet rows = connection.createStatement().executeQuery("SELECT current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
