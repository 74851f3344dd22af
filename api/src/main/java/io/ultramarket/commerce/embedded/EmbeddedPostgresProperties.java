package io.ultramarket.commerce.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The PostgreSQL server the app starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the server keeps its files; they survive restarts unless {@code cleanDataDirectory}
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param cleanDataDirectory wipe the data directory at start (tests), keep it otherwise
 * @param durable fsync and synchronous commit on (the default), so that a command answered 2xx survives a
 *                power loss; false trades that for speed, for throwaway data (ADR 0028)
 * @param randomPageCost the planner's cost of reading a page out of order, against 1 for the next page in order:
 *                       1.1 (PostgreSQL's advice for solid-state disks and data held in memory) rather than its
 *                       default 4, which has small tables scanned whole where their key's index is cheaper (ADR 0110)
 */
@ConfigurationProperties("commerce.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean cleanDataDirectory,
                                         @DefaultValue("true") boolean durable,
                                         @DefaultValue("1.1") double randomPageCost) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (!(randomPageCost > 0) || Double.isInfinite(randomPageCost)) {
            throw new IllegalArgumentException("commerce.embedded-postgres.random-page-cost must be a positive number, got "
                    + randomPageCost);
        }
    }
}
