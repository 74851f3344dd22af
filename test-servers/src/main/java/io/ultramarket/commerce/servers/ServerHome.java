package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A server's own folder for its configuration, data and logs. A test run's folder is temporary and
 * deleted when the server stops; a local run keeps its folder, so the data survives a restart.
 */
record ServerHome(Path root, boolean temporary) {

    static ServerHome temporary(String serverName) {
        try {
            return new ServerHome(Files.createTempDirectory("commerce-" + serverName + "-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServerHome kept(Path root) {
        return new ServerHome(root.toAbsolutePath(), false);
    }

    /** The sub-folder, created if needed. */
    Path folder(String name) {
        try {
            return Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a temporary home, once its server has stopped. */
    void discard() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left behind in the temporary folder, which the OS cleans; not worth failing a test run for.
        }
    }
}
