package io.ultramarket.commerce.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file PostgreSQL keeps in its data directory while it runs: its first line is the server's
 * process id, its second the data directory as the server saw it.
 */
record PostmasterPidFile(Path file, long pid, Path dataDirectory) {

    static final String NAME = "postmaster.pid";

    /** The data directory's pid file, if there is one (a server runs, or one ended without cleaning up). */
    static Optional<PostmasterPidFile> in(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
                return Optional.empty(); // being written by a server that starts right now: it is not a leftover
            }
            return Optional.of(new PostmasterPidFile(file, Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
