package io.ultramarket.commerce.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data folder: what was written before a restart is there after it. */
class EmbeddedPostgresRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        var configuration = new EmbeddedPostgresConfiguration();
        var properties = new EmbeddedPostgresProperties(dataDirectory, 0, false);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             Connection connection = first.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             Connection connection = second.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
