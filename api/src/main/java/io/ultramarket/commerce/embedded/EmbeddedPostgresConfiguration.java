package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.readstore.DatabaseAddress;
import io.ultramarket.commerce.readstore.ExternalDatabase;
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

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties);
    }

    /** The JDBC and R2DBC pools connect to it as the superuser, who owns everything in it. */
    @Bean
    DatabaseAddress embeddedDatabase(EmbeddedPostgresServer server) {
        return new DatabaseAddress(server.jdbcUrl(), "postgres", null);
    }
}
