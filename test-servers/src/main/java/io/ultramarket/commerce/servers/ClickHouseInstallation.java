package io.ultramarket.commerce.servers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the ClickHouse server binary, and installs Debian's package when it is missing and this JVM is
 * root (as on CI, whose only command is the README's {@code ./mvnw -B verify}). No Maven artifact
 * carries a ClickHouse server; Debian's {@code clickhouse-server} 18.16 is the one the reachable package
 * registries offer.
 */
final class ClickHouseInstallation {

    private static final List<String> PACKAGES = List.of("clickhouse-server", "clickhouse-client");

    private ClickHouseInstallation() {
    }

    /** The command that starts a server, without its arguments: clickhouse-server, or clickhouse server. */
    static List<String> serverCommand() {
        return AptPackages.findOrInstall("ClickHouse", PACKAGES, "(on macOS: brew install clickhouse)",
                ClickHouseInstallation::findServer);
    }

    private static Optional<List<String>> findServer() {
        // Debian puts clickhouse-server in /usr/sbin, which a normal user's PATH lacks.
        List<Path> packageFolders = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"));
        return Executables.find("clickhouse-server", packageFolders).map(binary -> List.of(binary.toString()))
                .or(() -> Executables.find("clickhouse", packageFolders).map(binary -> List.of(binary.toString(), "server")));
    }
}
