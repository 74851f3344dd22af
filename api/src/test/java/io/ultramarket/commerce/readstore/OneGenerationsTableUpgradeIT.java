package io.ultramarket.commerce.readstore;

import io.ultramarket.commerce.projections.runtime.Generation;
import io.ultramarket.commerce.servers.PostgresDatabase;
import io.ultramarket.commerce.servers.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.ultramarket.commerce.readstore.OwnerMigrations.jdbc;
import static io.ultramarket.commerce.readstore.OwnerMigrations.migrate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the last release, where analytics kept its generations in {@code analytics_generation},
 * upgraded by V27 to the one generations table (ADR 0051): every generation keeps its number, state and
 * times under the projection name {@code analytics}, so the running processors' tokens ({@code analytics-g<n>})
 * are still the engine's names for them and nothing is rebuilt. Flyway runs the app's own migrations, as the
 * owner, on a database of the harness's PostgreSQL, stopping at V26 to stage the old rows.
 */
class OneGenerationsTableUpgradeIT {

    @Test
    void theAnalyticsGenerationsMoveIntoTheOneTableWithTheirNumbersStatesAndTokens() {
        PostgresDatabase owner = RealServers.postgres().createDatabase("commerce_upgrade");
        PostgresDatabase app = RealServers.postgres().createLoginRole(owner, "commerce_upgrade_app");
        JdbcTemplate asOwner = jdbc(owner);
        migrate(owner, app, "26");
        asOwner.update("INSERT INTO analytics_generation (generation, state, created_at, activated_at, retired_at) VALUES "
                + "(1, 'DROPPED', '2026-10-01T10:00:00Z', '2026-10-01T10:00:01Z', '2026-10-20T09:00:00Z'), "
                + "(2, 'RETIRED', '2026-10-20T08:00:00Z', '2026-10-20T09:00:00Z', '2026-12-01T12:00:00Z'), "
                + "(3, 'ACTIVE', '2026-12-01T11:00:00Z', '2026-12-01T12:00:00Z', NULL), "
                + "(4, 'BUILDING', '2026-12-02T08:00:00Z', NULL, NULL)");
        asOwner.update("INSERT INTO projection_generation (projection, generation, state) VALUES ('orders', 2, 'ACTIVE')");
        // The active generation's processor has stored its position; the rebuild's has not started yet.
        asOwner.update("INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                + "VALUES ('analytics-g3', 0, NULL, NULL, '2026-12-02T09:00:00Z', NULL)");

        migrate(owner, app, null);

        assertThat(asOwner.queryForObject("SELECT to_regclass('analytics_generation') IS NULL", Boolean.class)).isTrue();
        assertThat(asOwner.queryForList("SELECT generation || ' ' || state || ' ' || " + utc("created_at") + " || ' ' || "
                        + utc("activated_at") + " || ' ' || " + utc("retired_at")
                        + " FROM projection_generation WHERE projection = 'analytics' ORDER BY generation", String.class))
                .containsExactly(
                        "1 DROPPED 2026-10-01T10:00:00Z 2026-10-01T10:00:01Z 2026-10-20T09:00:00Z",
                        "2 RETIRED 2026-10-20T08:00:00Z 2026-10-20T09:00:00Z 2026-12-01T12:00:00Z",
                        "3 ACTIVE 2026-12-01T11:00:00Z 2026-12-01T12:00:00Z -",
                        "4 BUILDING 2026-12-02T08:00:00Z - -");
        assertThat(asOwner.queryForList("SELECT projection || ' ' || generation || ' ' || state FROM projection_generation "
                + "WHERE projection <> 'analytics'", String.class)).containsExactly("orders 2 ACTIVE");
        // The engine names the active generation's processor as the old runtime did: its token is found.
        String processor = new Generation("analytics", 3).processorName();
        assertThat(asOwner.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                processor)).isEqualTo(1);
        // The app's role switches the analytics generations as the engine switches every projection's (ADR 0043).
        JdbcTemplate asApp = jdbc(app);
        asApp.update("UPDATE projection_generation SET state = 'RETIRED', retired_at = now() "
                + "WHERE projection = 'analytics' AND state = 'ACTIVE'");
        asApp.update("UPDATE projection_generation SET state = 'ACTIVE', activated_at = now() "
                + "WHERE projection = 'analytics' AND generation = 4");
        assertThat(asApp.queryForObject("SELECT generation FROM projection_generation "
                + "WHERE projection = 'analytics' AND state = 'ACTIVE'", Integer.class)).isEqualTo(4);
    }

    /** A timestamp column as UTC text, whatever the session's time zone; '-' for null. */
    private static String utc(String column) {
        return "coalesce(to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '-')";
    }
}
