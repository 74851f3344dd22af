package io.ultramarket.commerce.servers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Prometheus's {@code promtool}, to check alert rules as the Prometheus that loads them would. Debian's
 * {@code prometheus} package brings it; when it is missing and this JVM is root (as on CI) the package is
 * installed with apt-get, like ClickHouse, otherwise the check fails and prints the one command to run.
 */
public final class Promtool {

    private static final List<String> PACKAGES = List.of("prometheus");

    private Promtool() {
    }

    /** Runs {@code promtool check rules} on the file and returns what it printed; fails if the rules are not valid. */
    public static String checkRules(Path rules) {
        return Commands.run(List.of(binary().toString(), "check", "rules", rules.toAbsolutePath().toString()), 120);
    }

    private static Path binary() {
        return AptPackages.findOrInstall("promtool", PACKAGES, "(on macOS: brew install prometheus)", Promtool::find);
    }

    private static Optional<Path> find() {
        return Executables.find("promtool", List.of(Path.of("/usr/bin")));
    }
}
