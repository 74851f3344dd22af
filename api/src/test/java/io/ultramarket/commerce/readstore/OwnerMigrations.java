package io.ultramarket.commerce.readstore;

import io.ultramarket.commerce.servers.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Map;

/**
 * The app's migrations run by Flyway as the owner of a database of the harness's PostgreSQL, naming the app's role,
 * up to a version (to stage rows of an older release) or to the last: for the tests of a migration's upgrade.
 */
public final class OwnerMigrations {

    private OwnerMigrations() {
    }

    /** The SQL migrations and {@code javaMigrations} up to {@code target}, or all when it is null. */
    public static void migrate(PostgresDatabase owner, PostgresDatabase app, String target, JavaMigration... javaMigrations) {
        var configuration = Flyway.configure()
                .dataSource(owner.jdbcUrl(), owner.username(), owner.password())
                .locations("classpath:db/migration")
                .placeholders(Map.of(MigrationRole.APP_ROLE_PLACEHOLDER, app.username()))
                .javaMigrations(javaMigrations);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    public static JdbcTemplate jdbc(PostgresDatabase database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
    }
}
