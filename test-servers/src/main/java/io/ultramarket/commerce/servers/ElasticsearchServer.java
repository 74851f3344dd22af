package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Elasticsearch, unpacked from the Maven Central distribution into the cache, on a
 * free loopback port, with security and machine learning off.
 */
public final class ElasticsearchServer implements RealServer {

    /** The Spring Boot property that names the cluster's HTTP address. */
    public static final String URIS_PROPERTY = "spring.elasticsearch.uris";

    // Without a heap setting Elasticsearch sizes itself to half the machine; 512 MB is plenty for tests.
    private static final String HEAP = "-Xms512m -Xmx512m";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    // One node cannot hold a replica: with the default of 1, every index stays yellow. A template for every
    // index name makes 0 the default, so indices created without settings (or by auto-creation) are green.
    private static final String ZERO_REPLICAS_TEMPLATE = """
            {"index_patterns": ["*"], "priority": 1, "template": {"settings": {"number_of_replicas": 0}}}""";

    private final String version;
    private final int port;
    private final Path installation;
    private final Path config;
    private final ServerHome home;
    // Replaced by restart(): a test stops the server and starts it again on the same port and data.
    private volatile ServerProcess process;

    private ElasticsearchServer(String version, int port, Path installation, Path config, ServerHome home) {
        this.version = version;
        this.port = port;
        this.installation = installation;
        this.config = config;
        this.home = home;
    }

    static ElasticsearchServer start(ServerHome home) {
        Distributions distributions = Distributions.resolvedByMaven();
        String version = distributions.elasticsearchVersion();
        Path installation = ZipInstall.unpackOnce(distributions.elasticsearchZip(), "elasticsearch-" + version, CacheDirectory.get());

        int httpPort = FreePorts.next();
        Path config = writeConfiguration(installation, home, httpPort, FreePorts.next());
        home.folder("logs");
        home.folder("tmp");
        ServiceUser.handOver(home.root());

        ElasticsearchServer server = new ElasticsearchServer(version, httpPort, installation, config, home);
        try {
            server.launch();
            server.makeZeroReplicasTheDefault();
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Starts the node on this server's port, configuration and data, and waits until it answers. */
    private void launch() {
        Path logs = home.folder("logs");
        process = ServerProcess.start("Elasticsearch " + version,
                ServiceUser.commandAsNonRoot(List.of(installation.resolve("bin/elasticsearch").toString())),
                Map.of(
                        "ES_JAVA_HOME", System.getProperty("java.home"),
                        "ES_JAVA_OPTS", HEAP,
                        "ES_PATH_CONF", config.toString(),
                        "ES_TMPDIR", home.folder("tmp").toString(),
                        "HOME", home.root().toString()),
                logs, // the working folder: jvm.options writes gc.log and heap dumps there
                logs.resolve("process.log"));
        // GET / answers 405 on this distribution: cluster health is the readiness check that works.
        process.awaitReady(STARTUP_TIMEOUT, () -> {
            Http.Answer health = Http.getIfUp(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
            return health != null && health.ok();
        });
    }

    /**
     * Stops the node and keeps its data, so that a test can see how the app copes while Elasticsearch is
     * down; {@link #restart()} brings it back on the same port with the same indices.
     */
    public synchronized void halt() {
        process.stop();
    }

    /** Starts the node again after {@link #halt()}, and waits until it answers. */
    public synchronized void restart() {
        launch();
    }

    private void makeZeroReplicasTheDefault() {
        try {
            Http.Answer answer = Http.put(url() + "/_index_template/commerce-zero-replicas", ZERO_REPLICAS_TEMPLATE);
            if (!answer.ok()) {
                throw new IllegalStateException("Elasticsearch refused the zero-replicas template: " + answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not send the zero-replicas template to " + url(), e);
        }
    }

    private static Path writeConfiguration(Path installation, ServerHome home, int httpPort, int transportPort) {
        Path config = home.folder("config");
        try {
            // The distribution's JVM options and logging, and settings of our own.
            for (String file : List.of("jvm.options", "log4j2.properties")) {
                Files.copy(installation.resolve("config").resolve(file), config.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(config.resolve("jvm.options.d"));
            Files.writeString(config.resolve("elasticsearch.yml"), """
                    cluster.name: commerce
                    node.name: commerce-1
                    discovery.type: single-node
                    network.host: 127.0.0.1
                    http.port: %d
                    transport.port: %d
                    path.data: %s
                    path.logs: %s
                    xpack.security.enabled: false
                    xpack.ml.enabled: false
                    # A nearly full developer disk must not turn every index read-only.
                    cluster.routing.allocation.disk.threshold_enabled: false
                    """.formatted(httpPort, transportPort, home.folder("data"), home.folder("logs")));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Elasticsearch configuration in " + config, e);
        }
    }

    /** The HTTP address, e.g. {@code http://127.0.0.1:43123}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "Elasticsearch";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String address() {
        return url();
    }

    @Override
    public Map<String, String> springProperties() {
        return Map.of(URIS_PROPERTY, url());
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop();
        }
        home.discard();
    }
}
