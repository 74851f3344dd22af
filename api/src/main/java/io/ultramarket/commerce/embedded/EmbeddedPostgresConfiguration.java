package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.readstore.DatabaseAddress;
import io.ultramarket.commerce.readstore.ExternalDatabase;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * The embedded default: a real PostgreSQL server, unpacked from a Maven artifact and run as a child
 * process, so that the app starts with nothing installed but a JDK. Its data folder survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabase.NotNamed.class)
class EmbeddedPostgresConfiguration {

    /** The server {@link EarlyEmbeddedPostgres} began to start with the context; started here otherwise. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedPostgresProperties properties,
                                            ObjectProvider<EarlyEmbeddedPostgres.Started> early) throws IOException {
        EarlyEmbeddedPostgres.Started started = early.getIfAvailable();
        return started != null ? started.server() : EmbeddedPostgresServer.start(properties);
    }

    @Bean
    EmbeddedDatabaseRoles embeddedDatabaseRoles(EmbeddedPostgresServer server,
                                                ObjectProvider<EarlyEmbeddedPostgres.Started> early) throws IOException {
        EarlyEmbeddedPostgres.Started started = early.getIfAvailable();
        return started != null ? started.roles() : EmbeddedDatabaseRoles.ensure(server.dataDirectory(), server.jdbcUrl());
    }

    /** The JDBC and R2DBC pools connect as the app's role, which may append events but not rewrite them (ADR 0043). */
    @Bean
    DatabaseAddress embeddedDatabase(EmbeddedPostgresServer server, EmbeddedDatabaseRoles roles) {
        return new DatabaseAddress(server.jdbcUrlWithoutUser(), EmbeddedDatabaseRoles.APP, roles.appPassword());
    }

    /** Flyway migrates as the owner of the schema; Spring Boot's own details (spring.flyway.*) back off. */
    @Bean
    FlywayConnectionDetails embeddedMigrationRole(EmbeddedPostgresServer server, EmbeddedDatabaseRoles roles) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return server.jdbcUrlWithoutUser();
            }

            @Override
            public String getUsername() {
                return EmbeddedDatabaseRoles.OWNER;
            }

            @Override
            public String getPassword() {
                return roles.ownerPassword();
            }
        };
    }
}
