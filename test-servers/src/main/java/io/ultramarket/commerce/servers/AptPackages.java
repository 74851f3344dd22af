package io.ultramarket.commerce.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * What {@code find} finds, after installing the packages when it finds nothing and this JVM is root (as on
     * CI); without root, the failure names the command to run once.
     *
     * @param elsewhere how to install it where apt-get is not the way, e.g. "(on macOS: brew install ...)"
     */
    static synchronized <T> T findOrInstall(String program, List<String> packages, String elsewhere, Supplier<Optional<T>> find) {
        return find.get().orElseGet(() -> {
            if (!ServiceUser.runningAsRoot()) {
                throw new IllegalStateException(program + " is not installed, and the tests that need it cannot install it "
                        + "without root. Install it once with:\n    sudo apt-get update && sudo " + installCommand(packages)
                        + "\n" + elsewhere);
            }
            install(program, packages);
            return find.get().orElseThrow(() -> new IllegalStateException(
                    "`" + installCommand(packages) + "` succeeded, but " + program + " is not on the PATH"));
        });
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
