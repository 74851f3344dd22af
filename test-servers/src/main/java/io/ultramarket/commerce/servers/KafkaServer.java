package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one JVM, no ZooKeeper), run as
 * a JVM of its own from the jars Maven resolved in test-server-distributions.
 */
public final class KafkaServer implements RealServer {

    /** The Spring Boot property that names the brokers. */
    public static final String BOOTSTRAP_SERVERS_PROPERTY = "spring.kafka.bootstrap-servers";

    private static final List<String> BROKER_JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true");
    // The storage tool runs for a second: a small heap and no optimising compiler start it faster.
    private static final List<String> TOOL_JVM_OPTIONS = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String STARTED = "Kafka Server started";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    // To the process log: the readiness line comes from kafka.server.KafkaRaftServer at INFO.
    private static final String LOGGING = """
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.console.ref = console
            """;

    private final String version;
    private final int port;
    private final List<String> command;
    private final ServerHome home;
    private ServerProcess process;

    private KafkaServer(String version, int port, List<String> command, ServerHome home) {
        this.version = version;
        this.port = port;
        this.command = List.copyOf(command);
        this.home = home;
    }

    static KafkaServer start(ServerHome home) {
        Distributions distributions = Distributions.resolvedByMaven();
        int port = FreePorts.next();
        Path config = home.folder("config");
        Path data = home.folder("data");
        Path logs = home.folder("logs");
        Path properties = config.resolve("server.properties");
        Path logging = config.resolve("log4j2.properties");
        try {
            Files.writeString(properties, serverProperties(port, FreePorts.next(), data));
            Files.writeString(logging, LOGGING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka configuration in " + config, e);
        }

        String classpath = distributions.kafkaClasspath();
        if (!Files.exists(data.resolve("meta.properties"))) { // a kept home was formatted by an earlier run
            Commands.run(java(TOOL_JVM_OPTIONS, classpath, logging, "kafka.tools.StorageTool",
                    "format", "--cluster-id", newClusterId(), "--config", properties.toString()), 120);
        }
        KafkaServer server = new KafkaServer(distributions.kafkaVersion(), port,
                java(BROKER_JVM_OPTIONS, classpath, logging, "kafka.Kafka", properties.toString()), home);
        try {
            server.launch();
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Starts the broker JVM on this broker's ports and data, and waits for its readiness line. */
    private synchronized void launch() {
        Path logs = home.folder("logs");
        ServerProcess started = ServerProcess.start("Kafka " + version, command, Map.of(), logs, logs.resolve("server.log"));
        process = started;
        started.awaitReady(STARTUP_TIMEOUT, () -> started.logContains(STARTED));
    }

    /**
     * Stops the broker but keeps its data and ports, as an outage would: producers fail until
     * {@link #restart()}. For tests of what the app does while Kafka is down.
     */
    public synchronized void stopKeepingData() {
        process.stop();
    }

    /** Starts the broker again after {@link #stopKeepingData()}, with the same data, on the same port. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        launch();
    }

    private static String serverProperties(int port, int controllerPort, Path data) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                # One broker: internal topics cannot have more than one replica.
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Fewer partitions of the internal topics: the first consumer group and transaction start in
                # well under a second instead of creating 50 partitions each.
                offsets.topic.num.partitions=3
                transaction.state.log.num.partitions=3
                # A consumer group starts at once instead of waiting 3 s for more members.
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data);
    }

    private static List<String> java(List<String> jvmOptions, String classpath, Path logging, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dlog4j2.configurationFile=" + logging);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Kafka's form of a cluster id: 16 random bytes, URL-safe Base64 without padding. Like Kafka's own
     * Uuid.randomUuid(), it never starts with "-", which the storage tool would take for an option.
     */
    private static String newClusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    /** The broker's address for clients, e.g. {@code 127.0.0.1:43124}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "Kafka";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String address() {
        return bootstrapServers();
    }

    @Override
    public Map<String, String> springProperties() {
        return Map.of(BOOTSTRAP_SERVERS_PROPERTY, bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        process.stop();
        home.discard();
    }
}
