package io.ultramarket.commerce.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default tells PostgreSQL's planner that a page out of order costs little more than the next one
 * (ADR 0110), so that a small table's row is updated through its key's index: with PostgreSQL's default cost, a
 * read model of a few hundred rows was scanned whole by each of its updates during a rebuild.
 */
class EmbeddedPostgresPlannerIT {

    private static final String UPDATE_ONE_ROW = "EXPLAIN UPDATE stock SET on_hand = 7, version = 9 "
            + "WHERE sku = 'SKU-17' AND warehouse = 'BER-1' AND version < 9";

    @TempDir
    Path dataDirectory;

    @Test
    void theDefaultCostOfAPageOutOfOrderIsLow() {
        EmbeddedPostgresProperties defaults = new Binder(new MapConfigurationPropertySource(
                Map.of("commerce.embedded-postgres.port", "0")))
                .bindOrCreate("commerce.embedded-postgres", EmbeddedPostgresProperties.class);

        assertThat(defaults.randomPageCost()).isEqualTo(1.1);
    }

    @Test
    void aSmallTablesRowIsUpdatedThroughItsKey() throws Exception {
        assertThat(planOfAnUpdateByKey(1.1)).contains("Index Scan").doesNotContain("Seq Scan");
    }

    @Test
    void withPostgresqlsDefaultCostTheSameUpdateScansTheWholeTable() throws Exception {
        assertThat(planOfAnUpdateByKey(4)).contains("Seq Scan");
    }

    /** A table shaped as the stock levels, a few hundred rows on two pages, as a rebuild's new generation has. */
    private String planOfAnUpdateByKey(double randomPageCost) throws Exception {
        var properties = new EmbeddedPostgresProperties(dataDirectory, 0, true, false, randomPageCost);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
             Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "random_page_cost")).isEqualTo(Double.toString(randomPageCost).replaceAll("\\.0$", ""));
            statement.execute("CREATE TABLE stock (sku VARCHAR(64) NOT NULL, warehouse VARCHAR(32) NOT NULL, "
                    + "on_hand INTEGER NOT NULL, reserved INTEGER NOT NULL, version BIGINT NOT NULL, "
                    + "PRIMARY KEY (sku, warehouse))");
            statement.execute("INSERT INTO stock SELECT 'SKU-' || n, 'BER-1', 5, 0, 1 FROM generate_series(1, 200) AS n");
            // What autovacuum does once a table has changed enough: the planner then knows how small it is.
            statement.execute("ANALYZE stock");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery(UPDATE_ONE_ROW)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
