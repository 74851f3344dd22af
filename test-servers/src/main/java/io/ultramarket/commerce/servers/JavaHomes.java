package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a JDK newer than the one the build runs on, for a server that needs it (Keycloak needs 21, the
 * project builds on 17). Machines of this project's kind have a newer JDK beside the default one in
 * /usr/lib/jvm; an environment variable can name another.
 */
final class JavaHomes {

    /** Where Debian's and Temurin's packages install JDKs. */
    private static final Path SYSTEM_FOLDER = Path.of("/usr/lib/jvm");

    private JavaHomes() {
    }

    /**
     * The JDK named by {@code overrideVariable} if it is set, otherwise the newest of the running one and
     * those in {@link #SYSTEM_FOLDER} whose version is at least {@code minimumVersion}.
     *
     * @param server who needs it, for the message when none fits
     */
    static Path atLeast(int minimumVersion, String overrideVariable, String server) {
        String override = System.getenv(overrideVariable);
        if (override != null && !override.isBlank()) {
            return newest(minimumVersion, List.of(Path.of(override))).orElseThrow(() -> new IllegalStateException(
                    overrideVariable + "=" + override + " is not a JDK " + minimumVersion + " or newer (it needs a bin/java and a "
                            + "release file with JAVA_VERSION), which " + server + " needs"));
        }
        List<Path> candidates = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        candidates.addAll(folders(SYSTEM_FOLDER));
        return newest(minimumVersion, candidates).orElseThrow(() -> new IllegalStateException(server + " needs Java "
                + minimumVersion + " or newer, and none was found: the running Java is " + Runtime.version().feature()
                + ", and " + SYSTEM_FOLDER + " holds none that is. Install a JDK " + minimumVersion + "+ there, or set "
                + overrideVariable + " to one."));
    }

    /** The newest of the candidates with a runnable java of at least that version. */
    static Optional<Path> newest(int minimumVersion, List<Path> candidates) {
        record Candidate(Path home, Runtime.Version version) {
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .flatMap(home -> version(home).map(version -> new Candidate(home, version)).stream())
                .filter(candidate -> candidate.version().feature() >= minimumVersion)
                .max(Comparator.comparing(Candidate::version))
                .map(Candidate::home);
    }

    /**
     * The version in the JDK's release file, e.g. {@code JAVA_VERSION="25.0.3"}. Empty when there is none,
     * or in the pre-9 form ("1.8.0_392"), which is too old anyway.
     */
    static Optional<Runtime.Version> version(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(release, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").strip())
                    .findFirst()
                    .flatMap(JavaHomes::parse);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Runtime.Version> parse(String version) {
        try {
            return Optional.of(Runtime.Version.parse(version));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Path> folders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }
}
