package io.ultramarket.commerce.readstore;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells the migrations which role the app connects as ({@code ${app_role}}, V24 grants it what it needs and
 * nothing on stored events beyond reading and appending), and says loudly when the migrations run as that
 * same role: then the app owns its tables and only the append-only triggers stand between it and a
 * rewritten history (ADR 0043).
 */
final class MigrationRole implements FlywayConfigurationCustomizer {

    static final String APP_ROLE_PLACEHOLDER = "app_role";
    private static final Logger log = LoggerFactory.getLogger(MigrationRole.class);

    private final DatabaseAddress app;
    private final FlywayConnectionDetails migrations;

    MigrationRole(DatabaseAddress app, FlywayConnectionDetails migrations) {
        this.app = app;
        this.migrations = migrations;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String appRole = app.username();
        String migrationRole = migrations.getUsername() != null ? migrations.getUsername() : appRole;
        if (appRole == null) {
            throw new IllegalStateException("spring.datasource.username is not set: the app's database role must be named");
        }
        if (Objects.equals(appRole, migrationRole)) {
            log.warn("SECURITY: the migrations run as the app's own database role '{}' (spring.flyway.user is not set). "
                    + "The app then owns the event store and could switch its append-only triggers off. Give Flyway an "
                    + "owner role with spring.flyway.user and spring.flyway.password (ADR 0043).", appRole);
        }
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(APP_ROLE_PLACEHOLDER, appRole);
        configuration.placeholders(placeholders);
    }
}
