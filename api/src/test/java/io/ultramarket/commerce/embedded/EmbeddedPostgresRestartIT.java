package io.ultramarket.commerce.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data folder: what was written before a restart is there after it. It
 * syncs every commit to disk unless told it may lose recent ones.
 */
class EmbeddedPostgresRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        var properties = new EmbeddedPostgresProperties(dataDirectory, 0, false, true, 1.1);

        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(properties);
             Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
            connection.createStatement().execute("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(properties);
             Connection connection = DriverManager.getConnection(second.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    /** A clean start is clean even when the run before was killed and never deleted its data. */
    @Test
    void aCleanStartWipesWhatTheRunBeforeLeft() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(dataDirectory, 0, false, true, 1.1));
             Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
            connection.createStatement().execute("CREATE TABLE left_behind (name text)");
        }

        try (EmbeddedPostgresServer clean = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(dataDirectory, 0, true, true, 1.1));
             Connection connection = DriverManager.getConnection(clean.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT to_regclass('left_behind') IS NULL")) {
            rows.next();
            assertThat(rows.getBoolean(1)).as("the table is gone").isTrue();
        }
    }

    /** After a crash the pid can belong to another process by the next start; PostgreSQL alone would refuse. */
    @Test
    void aLeftoverPidFileNamingAnotherProcessDoesNotStopTheStart() throws Exception {
        var properties = new EmbeddedPostgresProperties(dataDirectory, 0, false, true, 1.1);
        EmbeddedPostgresServer.start(properties).close();
        Files.writeString(dataDirectory.resolve(PostmasterPidFile.NAME), ProcessHandle.current().pid() + "\n" + dataDirectory + "\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
             Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            assertThat(PostmasterPidFile.in(dataDirectory).orElseThrow().pid()).isNotEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aCommitIsOnDiskBeforeItIsAnsweredByDefault() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(dataDirectory, 0, false, true, 1.1));
             Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void notDurableTradesTheSyncsForSpeed() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(dataDirectory, 0, false, false, 1.1));
             Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            assertThat(setting(connection, "fsync")).isEqualTo("off");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
