package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs the four servers for a full local run until this JVM is stopped (SIGTERM or Ctrl-C), keeping
 * their data in the folder given, so a restart finds it again. Once all are ready it prints their
 * addresses and writes {@code servers.env} there: {@code export} lines with the environment variables
 * that point the app at them. scripts/servers.sh starts and stops this main.
 */
public final class ServersMain {

    /** The servers by name, in their order of start; each keeps its data in a folder of that name. */
    private static final Map<String, Function<ServerHome, RealServer>> STARTERS = new LinkedHashMap<>();

    static {
        STARTERS.put("elasticsearch", ElasticsearchServer::start);
        STARTERS.put("kafka", KafkaServer::start);
        STARTERS.put("clickhouse", ClickHouseServer::start);
        STARTERS.put("keycloak", KeycloakServer::start);
    }

    private ServersMain() {
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        if (arguments.length < 1 || arguments.length > 2) {
            System.err.println("usage: ServersMain <folder for the servers' data and servers.env> [comma-separated servers: "
                    + String.join(",", STARTERS.keySet()) + "; all by default]");
            System.exit(2);
        }
        List<String> wanted = arguments.length == 2 && !arguments[1].isBlank()
                ? List.of(arguments[1].split(",")) : List.copyOf(STARTERS.keySet());
        for (String name : wanted) {
            if (!STARTERS.containsKey(name)) {
                System.err.println("Unknown server " + name + "; known: " + String.join(",", STARTERS.keySet()));
                System.exit(2);
            }
        }
        Path folder = Files.createDirectories(Path.of(arguments[0]).toAbsolutePath());
        Path environmentFile = folder.resolve("servers.env");
        Files.deleteIfExists(environmentFile);

        List<RealServer> servers = startAll(folder, wanted);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(environmentFile);
            } catch (IOException e) {
                // the script treats a leftover file of a dead process as stale
            }
        }, "forget-addresses"));

        Map<String, String> variables = new HashMap<>();
        for (RealServer server : servers) {
            System.out.printf("%-14s %-9s %s%n", server.name(), server.version(), server.address());
            variables.putAll(server.environmentVariables());
        }
        Path written = Files.writeString(folder.resolve("servers.env.tmp"), EnvironmentVariables.exportLines(variables));
        Files.move(written, environmentFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Ready. Environment for the app in " + environmentFile + "; stop with SIGTERM or Ctrl-C.");
        new CountDownLatch(1).await(); // until the JVM is told to stop; the shutdown hooks stop the servers
    }

    /** Starts the servers named side by side; if one fails, stops those that started and exits. */
    private static List<RealServer> startAll(Path folder, List<String> wanted) {
        // Not the common pool: on two cores it has a single thread, which would start them one by one.
        ExecutorService starters = Executors.newFixedThreadPool(4);
        List<CompletableFuture<RealServer>> starts = wanted.stream()
                .map(name -> start(STARTERS.get(name), folder.resolve(name), starters)).toList();
        starters.shutdown();
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            starts.stream().filter(start -> !start.isCompletedExceptionally()).map(CompletableFuture::join).forEach(RealServer::stop);
            System.err.println("A server did not start: " + e.getCause().getMessage());
            System.exit(1);
        }
        List<RealServer> servers = starts.stream().map(CompletableFuture::join).toList();
        servers.forEach(server -> Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-" + server.name())));
        return servers;
    }

    private static CompletableFuture<RealServer> start(Function<ServerHome, RealServer> starter, Path home, ExecutorService starters) {
        return CompletableFuture.supplyAsync(() -> starter.apply(ServerHome.kept(home)), starters);
    }
}
