package io.ultramarket.commerce.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded PostgreSQL when this JVM dies without closing it (kill -9, the OOM killer). pg_ctl
 * starts the server in a session of its own, so nothing else would: it would keep its memory, its port
 * and its data directory, and the next start would fail on its lock file.
 *
 * <p>The watchdog is a shell that reads a pipe from this JVM, which only the JVM's death closes. Then it
 * asks the server for a fast shutdown (SIGINT: sessions ended, a checkpoint written), if that process is
 * still the one on this data directory. It ignores SIGINT and SIGHUP, which a terminal sends to the whole
 * process group while the JVM shuts down cleanly by itself. A normal exit disarms it before stopping the
 * server. Not on Windows, which has no sh.
 */
final class PostmasterWatchdog {

    private static final String SCRIPT = """
            trap '' INT HUP
            while read -r _; do :; done
            if [ -e "/proc/$1" ] && [ "$(readlink "/proc/$1/cwd")" != "$2" ]; then exit 0; fi
            kill -INT "$1" 2>/dev/null
            """;

    // Held for the life of the server: the pipe's end in this JVM must stay open until disarm().
    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    /** Watches the server of this pid, whose data directory is this real path (as /proc shows its cwd). */
    static PostmasterWatchdog watch(long postmasterPid, Path realDataDirectory) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return new PostmasterWatchdog(null);
        }
        try {
            return new PostmasterWatchdog(new ProcessBuilder("sh", "-c", SCRIPT, "postmaster-watchdog",
                    Long.toString(postmasterPid), realDataDirectory.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL's watchdog", e);
        }
    }

    /** Ends the watchdog without it touching the server: the app is about to stop the server itself. */
    void disarm() {
        if (shell == null) {
            return;
        }
        shell.destroy();
        try {
            shell.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
