package io.ultramarket.commerce.servers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the ClickHouse server binary, and installs Debian's package when it is missing and this JVM is
 * root (as on CI, whose only command is the README's {@code ./mvnw -B verify}). No Maven artifact
 * carries a ClickHouse server; Debian's {@code clickhouse-server} 18.16 is the one the reachable package
 * registries offer.
 */
final class ClickHouseInstallation {

    static final String INSTALL_COMMAND = "apt-get install -y --no-install-recommends clickhouse-server clickhouse-client";

    private ClickHouseInstallation() {
    }

    /** The command that starts a server, without its arguments: clickhouse-server, or clickhouse server. */
    static synchronized List<String> serverCommand() {
        return findServer().orElseGet(() -> {
            if (!ServiceUser.runningAsRoot()) {
                throw new IllegalStateException("ClickHouse is not installed, and the tests that need it cannot install it "
                        + "without root. Install it once with:\n    sudo apt-get update && sudo " + INSTALL_COMMAND
                        + "\n(on macOS: brew install clickhouse)");
            }
            installWithApt();
            return findServer().orElseThrow(() -> new IllegalStateException(
                    "`" + INSTALL_COMMAND + "` succeeded, but no clickhouse-server is on the PATH"));
        });
    }

    private static Optional<List<String>> findServer() {
        return onPath("clickhouse-server").map(List::of)
                .or(() -> onPath("clickhouse").map(binary -> List.of(binary, "server")));
    }

    private static Optional<String> onPath(String name) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        // Debian puts clickhouse-server in /usr/sbin, which a normal user's PATH lacks.
        folders.addAll(List.of("/usr/sbin", "/usr/bin"));
        return folders.stream()
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static void installWithApt() {
        System.err.println("[test-servers] ClickHouse is missing: installing Debian's clickhouse-server with apt-get (once per machine)");
        // Another build on this machine may hold dpkg's lock for a while: wait for it instead of failing.
        List<String> env = List.of("env", "DEBIAN_FRONTEND=noninteractive");
        Commands.run(concat(env, List.of("apt-get", "-o", "DPkg::Lock::Timeout=300", "update")), 600);
        Commands.run(concat(env, List.of("apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "--no-install-recommends",
                "clickhouse-server", "clickhouse-client")), 600);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
