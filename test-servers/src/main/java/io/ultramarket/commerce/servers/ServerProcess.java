package io.ultramarket.commerce.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A server running as a child process, its output going to a log file, and watched so that it never
 * outlives the JVM that started it.
 *
 * <p>A shutdown hook stops servers when the JVM ends normally. A JVM that is killed (a Maven fork past
 * its timeout, {@code kill -9}) runs no hook, and its servers would keep their memory and ports on a
 * shared machine. So each server gets a watchdog: a shell that reads its stdin, a pipe from this JVM,
 * which only the death of this JVM closes. Then the watchdog sends SIGTERM, and SIGKILL 30 s later.
 */
public final class ServerProcess {

    private static final String WATCHDOG = """
            while read -r _; do :; done
            kill -TERM "$1" 2>/dev/null || exit 0
            for _ in $(seq 30); do kill -0 "$1" 2>/dev/null || exit 0; sleep 1; done
            kill -KILL "$1" 2>/dev/null
            """;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration CHILDREN_GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Process watchdog;
    private final Path log;

    private ServerProcess(String name, Process process, Process watchdog, Path log) {
        this.name = name;
        this.process = process;
        this.watchdog = watchdog;
        this.log = log;
    }

    public static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    // A fresh log per start: readiness looks for a line in it, which a kept home's old log has too.
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Process watchdog = new ProcessBuilder("sh", "-c", WATCHDOG, "watchdog", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new ServerProcess(name, process, watchdog, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": `" + String.join(" ", command) + "`", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /**
     * Polls {@code ready} until it holds. Fails at once, with the end of the log, when the server exits
     * first, and stops the server when the deadline passes.
     */
    public void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; "
                        + lastLines());
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; " + lastLines());
            }
            pause();
        }
    }

    /**
     * Asks the server to stop (SIGTERM), and kills it if it has not stopped in time; then its children, once they
     * had a few seconds to end by themselves: a child may be finishing the server's own clean-up (the app's
     * PostgreSQL watchdog stops the database when the app's JVM is gone), and killing it first would leave that
     * undone (a database running on after the test).
     */
    public void stop() {
        watchdog.destroy();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            CompletableFuture.allOf(children.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(CHILDREN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Whatever has not ended by now is killed below.
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * SIGKILL, as {@code kill -9 <pid>}: the server runs no clean-up, and the processes it started live on.
     * For tests of what a crash leaves behind.
     */
    public void kill() {
        watchdog.destroy();
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * SIGKILL to the server and every process below it, as when its process group is killed: only what
     * left its tree (a daemon that detached) lives on. The descendants go first, so that none of them sees
     * the server die and acts on it.
     */
    public void killWithDescendants() {
        watchdog.destroy();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    public String lastLines() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log + ":\n"
                    + lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "its log " + log + " cannot be read: " + e.getMessage();
        }
    }

    public boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a server", e);
        }
    }
}
