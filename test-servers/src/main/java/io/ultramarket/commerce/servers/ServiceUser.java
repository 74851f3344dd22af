package io.ultramarket.commerce.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch refuses to run as root. In a container or on CI everything runs as root, so there it
 * runs as a dedicated system user, created once; a developer's own user needs none of this.
 */
final class ServiceUser {

    static final String NAME = "commerce-servers";

    private ServiceUser() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command, run as the service user when this JVM is root (setpriv execs it: no extra process). */
    static List<String> commandAsNonRoot(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        ensureExists();
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the service user a folder the server writes to; nothing to do when not root. */
    static void handOver(Path folder) {
        if (runningAsRoot()) {
            ensureExists();
            Commands.run(List.of("chown", "-R", NAME + ":" + NAME, folder.toString()), 60);
        }
    }

    private static synchronized void ensureExists() {
        if (exists()) {
            return;
        }
        try {
            Commands.run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", NAME), 60);
        } catch (IllegalStateException e) {
            if (!exists()) { // another build on this machine may have created it in the meantime
                throw e;
            }
        }
    }

    private static boolean exists() {
        try {
            Commands.run(List.of("id", "-u", NAME), 10);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
