package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short-lived commands (useradd, chown, apt-get, the broker's storage tool) whose failure stops a start. */
final class Commands {

    private Commands() {
    }

    /** Runs the command to its end and returns what it printed; fails with that output if it exits non-zero. */
    static String run(List<String> command, long timeoutSeconds) {
        try {
            Path output = Files.createTempFile("commerce-servers-command-", ".log");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within "
                            + timeoutSeconds + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                String printed = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("`" + String.join(" ", command) + "` exited with "
                            + process.exitValue() + ":\n" + printed);
                }
                return printed;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run `" + String.join(" ", command) + "`", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running `" + String.join(" ", command) + "`", e);
        }
    }
}
