package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server of the operating system's (Debian's {@code postgresql} package), initialised in its
 * home folder and run as a process of its own on a free loopback port, with password authentication: the
 * kind of server an app meets when it is given its own database instead of starting the embedded one.
 * Tests take a database each with {@link #createDatabase(String)}.
 */
public final class PostgresServer implements RealServer {

    private static final String SUPERUSER = "postgres";
    private static final String READY = "database system is ready to accept connections";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(1);
    // Database and user names go into SQL unquoted: plain lower-case identifiers only.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Path binaries;
    private final int port;
    private final String superuserPassword;
    private final ServerHome home;
    private ServerProcess process;

    private PostgresServer(Path binaries, int port, String superuserPassword, ServerHome home) {
        this.binaries = binaries;
        this.port = port;
        this.superuserPassword = superuserPassword;
        this.home = home;
    }

    static PostgresServer start(ServerHome home) {
        Path binaries = PostgresInstallation.binaries();
        String superuserPassword = newPassword();
        Path data = home.root().resolve("data");
        Path passwordFile = home.root().resolve("superuser-password");
        try {
            Files.writeString(passwordFile, superuserPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + passwordFile, e);
        }
        // initdb and postgres refuse to run as root: as root they run as the harness's service user.
        ServiceUser.handOver(home.root());
        // Passwords on every connection (scram-sha-256), as on a real server; no locale, so that it behaves
        // the same on every machine.
        Commands.run(ServiceUser.commandAsNonRoot(List.of(binaries.resolve("initdb").toString(),
                "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile, "-A", "scram-sha-256",
                "-E", "UTF8", "--no-locale")), 120);

        PostgresServer server = new PostgresServer(binaries, FreePorts.next(), superuserPassword, home);
        try {
            server.launch(data);
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    private synchronized void launch(Path data) {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                // TCP only: the default socket folder (/var/run/postgresql) belongs to the system's own server.
                "-c", "unix_socket_directories="));
        Path logs = home.folder("logs");
        process = ServerProcess.start("PostgreSQL", ServiceUser.commandAsNonRoot(command), Map.of(), home.root(),
                logs.resolve("postgres.log"));
        process.awaitReady(STARTUP_TIMEOUT, () -> process.logContains(READY));
    }

    /**
     * Creates an empty database and a user of the same name that owns it, with a new password; the user
     * is no superuser, as an app's user should not be.
     */
    public PostgresDatabase createDatabase(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case PostgreSQL name: " + name);
        }
        String password = newPassword();
        psql("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'", "CREATE DATABASE " + name + " OWNER " + name);
        return new PostgresDatabase("jdbc:postgresql://127.0.0.1:" + port + "/" + name, name, password);
    }

    /**
     * Creates a login role (no superuser, no rights of its own) with a new password, for the same database:
     * an app that connects with a role apart from the one that owns its tables.
     */
    public PostgresDatabase createLoginRole(PostgresDatabase database, String role) {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain lower-case PostgreSQL name: " + role);
        }
        String password = newPassword();
        psql("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        return new PostgresDatabase(database.jdbcUrl(), role, password);
    }

    /** Runs each statement as the superuser, on its own (CREATE DATABASE cannot run in a transaction). */
    private void psql(String... statements) {
        List<String> command = new ArrayList<>(List.of("env", "PGPASSWORD=" + superuserPassword,
                binaries.resolve("psql").toString(), "-X", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", SUPERUSER, "-d", "postgres"));
        for (String statement : statements) {
            command.add("-c");
            command.add(statement);
        }
        Commands.run(command, 60);
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String version() {
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"; --version is answered even as root.
        String answer = Commands.run(List.of(binaries.resolve("postgres").toString(), "--version"), 30).strip();
        return answer.replaceFirst("^postgres \\(PostgreSQL\\) ", "");
    }

    @Override
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** The superuser's own database: for looking around, not for an app (give it {@link #createDatabase}). */
    @Override
    public Map<String, String> springProperties() {
        return new PostgresDatabase("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, superuserPassword)
                .springProperties();
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            // SIGINT is PostgreSQL's fast shutdown: sessions still open are ended. The SIGTERM that stop()
            // sends would wait for them (a client killed mid-handshake holds one for a minute).
            Commands.run(List.of("sh", "-c", "kill -INT \"$0\" 2>/dev/null || true", Long.toString(process.pid())), 10);
            process.stop();
        }
        home.discard();
    }

    private static String newPassword() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
