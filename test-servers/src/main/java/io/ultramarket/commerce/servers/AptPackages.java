package io.ultramarket.commerce.servers;

import java.util.ArrayList;
import java.util.List;

/**
 * Installs Debian packages for a server the harness needs and no Maven artifact carries (ClickHouse,
 * PostgreSQL), and the browser of the console's tests (Chromium). Only as root, as on CI, whose only command is the README's {@code ./mvnw -B verify}.
 */
final class AptPackages {

    private AptPackages() {
    }

    /** The command a developer without root runs once instead, e.g. for a failing test's message. */
    static String installCommand(List<String> packages) {
        return "apt-get install -y --no-install-recommends " + String.join(" ", packages);
    }

    static void install(String server, List<String> packages) {
        System.err.println("[test-servers] " + server + " is missing: installing Debian's " + String.join(", ", packages)
                + " with apt-get (once per machine)");
        // Another build on this machine may hold dpkg's lock for a while: wait for it instead of failing.
        List<String> env = List.of("env", "DEBIAN_FRONTEND=noninteractive");
        Commands.run(concat(env, List.of("apt-get", "-o", "DPkg::Lock::Timeout=300", "update")), 600);
        List<String> install = new ArrayList<>(List.of("apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "--no-install-recommends"));
        install.addAll(packages);
        Commands.run(concat(env, install), 600);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
