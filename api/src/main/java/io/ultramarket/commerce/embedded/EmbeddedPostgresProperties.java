package io.ultramarket.commerce.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL server the app starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the server keeps its files; they survive restarts unless {@code cleanDataDirectory}
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param cleanDataDirectory wipe the data directory at start (tests), keep it otherwise
 */
@ConfigurationProperties("commerce.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean cleanDataDirectory) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
