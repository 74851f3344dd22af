package io.ultramarket.commerce;

import io.ultramarket.commerce.servers.FreePorts;
import io.ultramarket.commerce.servers.Http;
import io.ultramarket.commerce.servers.ServerProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (the jar {@code ./mvnw package} builds, which {@code java -jar} and docker-compose.yml
 * run) as a process of its own, for what only a separate JVM shows: kill -9, restarts, several instances.
 * {@link #start} returns once {@code /actuator/health} answers UP. Its output goes to a log file in its
 * working directory; if the test JVM dies, a watchdog stops it (test-servers' {@code ServerProcess}).
 * Reach it over HTTP with {@link AppClient#to}{@code (app.baseUrl(), ...)}.
 */
public final class AppProcess implements AutoCloseable {

    /** Where the jar is; the api module's Failsafe configuration sets it. */
    public static final String JAR_PROPERTY = "commerce.it.app-jar";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    // A shared 2-core machine: a bounded heap, whatever the machine's memory.
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m");

    private final ServerProcess process;
    private final int port;

    private AppProcess(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the app in {@code workingDirectory} (where relative paths such as the default
     * {@code data/postgres} land, and the log goes) on a free port, with these environment variables added
     * to this JVM's and these command-line arguments ({@code --name=value}; {@code server.port} is set here).
     */
    public static AppProcess start(Path workingDirectory, Map<String, String> environment, String... arguments) {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess process = ServerProcess.start("the app on port " + port, command, environment, workingDirectory,
                workingDirectory.resolve("app-" + port + ".log"));
        AppProcess app = new AppProcess(process, port);
        process.awaitReady(STARTUP_TIMEOUT, app::isUp);
        return app;
    }

    private static Path jar() {
        String property = System.getProperty(JAR_PROPERTY);
        Path jar = property == null ? null : Path.of(property);
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("AppProcess runs the packaged app, and " + (jar == null ? JAR_PROPERTY + " is not set"
                    : jar + " is missing") + ". Build it with `./mvnw -pl api -am package -DskipTests`, and run the test "
                    + "with Maven's verify, or pass -D" + JAR_PROPERTY + "=api/target/api-<version>.jar");
        }
        return jar;
    }

    private boolean isUp() {
        Http.Answer health = Http.getIfUp(baseUrl() + "/actuator/health");
        return health != null && health.ok() && health.body().contains("\"status\":\"UP\"");
    }

    /** e.g. {@code http://localhost:41235} */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The app's JVM. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The app's console output. */
    public Path log() {
        return process.log();
    }

    /** SIGKILL to the app's JVM alone, as {@code kill -9 <pid>}: no shutdown hook runs, its child processes live on. */
    public void kill9() {
        process.kill();
    }

    /**
     * SIGKILL to the app's JVM and every process below it, as when its process group is killed: only
     * processes that left its tree live on (the embedded PostgreSQL, which pg_ctl starts in a session of
     * its own; not its watchdog).
     */
    public void kill9WithDescendants() {
        process.killWithDescendants();
    }

    /** SIGTERM, as a service manager stops it: Spring's graceful shutdown; SIGKILL if it takes over 30 s. */
    public void stop() {
        process.stop();
    }

    /**
     * The app's embedded PostgreSQL in {@code dataDirectory}, on a port fixed by the test so that the test can
     * read the app's database too ({@link #jdbc}: the superuser's database the app uses, no password on the
     * loopback). Pass {@link #arguments} to {@link #start}; a restart with the same ones finds the same data.
     */
    public record EmbeddedDatabase(Path dataDirectory, int port) {

        public static EmbeddedDatabase in(Path dataDirectory) {
            return new EmbeddedDatabase(dataDirectory.toAbsolutePath(), FreePorts.next());
        }

        public List<String> arguments() {
            return List.of("--commerce.embedded-postgres.data-directory=" + dataDirectory,
                    "--commerce.embedded-postgres.port=" + port);
        }

        /** A new connection per statement: it survives the server's restarts. */
        public JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", ""));
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }
}
