package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real ClickHouse server (Debian's 18.16 here, or whatever clickhouse-server is installed) with its own
 * configuration in its home folder, on free loopback ports.
 */
public final class ClickHouseServer implements RealServer {

    /** The property that will name the analytics database; the app does not read it yet. */
    public static final String URL_PROPERTY = "commerce.clickhouse.url";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final int httpPort;
    private final int tcpPort;
    private final List<String> command;
    private final ServerHome home;
    private ServerProcess process;

    private ClickHouseServer(int httpPort, int tcpPort, List<String> command, ServerHome home) {
        this.httpPort = httpPort;
        this.tcpPort = tcpPort;
        this.command = List.copyOf(command);
        this.home = home;
    }

    static ClickHouseServer start(ServerHome home) {
        List<String> command = new ArrayList<>(ClickHouseInstallation.serverCommand());
        int httpPort = FreePorts.next();
        int tcpPort = FreePorts.next();
        Path config = writeConfiguration(home, httpPort, tcpPort);
        command.add("--config-file=" + config);
        ClickHouseServer server = new ClickHouseServer(httpPort, tcpPort, command, home);
        try {
            server.launch();
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Starts the server process on this server's ports and data, and waits until it answers. */
    private synchronized void launch() {
        process = ServerProcess.start("ClickHouse", command, Map.of(), home.root(), home.folder("logs").resolve("process.log"));
        process.awaitReady(STARTUP_TIMEOUT, () -> {
            Http.Answer ping = Http.getIfUp(httpUrl() + "/ping");
            return ping != null && ping.ok();
        });
    }

    /**
     * Stops the server process but keeps its data and ports, as an outage would: clients fail until
     * {@link #restart()}. For tests of what the app does while ClickHouse is down.
     */
    public synchronized void stopKeepingData() {
        process.stop();
    }

    /** Starts the server again after {@link #stopKeepingData()}, with the same data, on the same ports. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("ClickHouse is still running");
        }
        launch();
    }

    private static Path writeConfiguration(ServerHome home, int httpPort, int tcpPort) {
        Path configFolder = home.folder("config");
        Path config = configFolder.resolve("config.xml");
        Path users = configFolder.resolve("users.xml");
        Path data = home.folder("data");
        Path logs = home.folder("logs");
        try {
            // <yandex> is the root element 18.16 knows; newer servers still accept it.
            Files.writeString(config, """
                    <?xml version="1.0"?>
                    <yandex>
                        <logger>
                            <level>information</level>
                            <log>%1$s/clickhouse-server.log</log>
                            <errorlog>%1$s/clickhouse-server.err.log</errorlog>
                            <size>100M</size>
                            <count>2</count>
                        </logger>
                        <listen_host>127.0.0.1</listen_host>
                        <http_port>%2$d</http_port>
                        <tcp_port>%3$d</tcp_port>
                        <path>%4$s/</path>
                        <tmp_path>%4$s/tmp/</tmp_path>
                        <user_files_path>%4$s/user_files/</user_files_path>
                        <format_schema_path>%4$s/format_schemas/</format_schema_path>
                        <users_config>%5$s</users_config>
                        <default_profile>default</default_profile>
                        <default_database>default</default_database>
                        <timezone>UTC</timezone>
                        <mark_cache_size>268435456</mark_cache_size>
                        <max_concurrent_queries>100</max_concurrent_queries>
                    </yandex>
                    """.formatted(logs, httpPort, tcpPort, data, users));
            // One user, "default", without a password, reachable from the loopback interface only.
            Files.writeString(users, """
                    <?xml version="1.0"?>
                    <yandex>
                        <profiles>
                            <default>
                                <max_memory_usage>2000000000</max_memory_usage>
                            </default>
                        </profiles>
                        <users>
                            <default>
                                <password></password>
                                <networks>
                                    <ip>127.0.0.1</ip>
                                    <ip>::1</ip>
                                </networks>
                                <profile>default</profile>
                                <quota>default</quota>
                            </default>
                        </users>
                        <quotas>
                            <default></default>
                        </quotas>
                    </yandex>
                    """);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ClickHouse configuration in " + configFolder, e);
        }
    }

    /**
     * The JDBC URL for the HTTP interface, e.g. {@code jdbc:clickhouse://127.0.0.1:43125/default?compress=false}.
     * Compression is off: with it on, the legacy driver cannot read 18.16's answers ("ClickHouse response
     * without column names").
     */
    public String jdbcUrl() {
        return "jdbc:clickhouse://127.0.0.1:" + httpPort + "/default?compress=false";
    }

    /** The HTTP interface, e.g. {@code http://127.0.0.1:43125}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The native protocol's port (clickhouse-client --port). */
    public int tcpPort() {
        return tcpPort;
    }

    @Override
    public String name() {
        return "ClickHouse";
    }

    @Override
    public String version() {
        Http.Answer answer = Http.getIfUp(httpUrl() + "/?query=" + URLEncoder.encode("SELECT version()", StandardCharsets.UTF_8));
        return answer != null && answer.ok() ? answer.body().strip() : "unknown";
    }

    @Override
    public String address() {
        return jdbcUrl();
    }

    @Override
    public Map<String, String> springProperties() {
        return Map.of(URL_PROPERTY, jdbcUrl());
    }

    @Override
    public synchronized void stop() {
        process.stop();
        home.discard();
    }
}
