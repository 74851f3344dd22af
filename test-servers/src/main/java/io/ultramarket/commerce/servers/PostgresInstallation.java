package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a PostgreSQL installation: the folder that holds {@code initdb}, {@code postgres} and {@code psql}.
 * Debian keeps them off the PATH, in {@code /usr/lib/postgresql/<major>/bin} (the newest major is taken);
 * elsewhere (Homebrew) they are on the PATH. When none is found and this JVM is root (as on CI), Debian's
 * {@code postgresql} package is installed, PostgreSQL 15 on bookworm, as the harness does for ClickHouse.
 */
final class PostgresInstallation {

    private static final List<String> PACKAGES = List.of("postgresql");
    private static final Path DEBIAN_FOLDER = Path.of("/usr/lib/postgresql");

    private PostgresInstallation() {
    }

    static synchronized Path binaries() {
        return find().orElseGet(() -> {
            if (!ServiceUser.runningAsRoot()) {
                throw new IllegalStateException("PostgreSQL is not installed, and the tests that need it cannot install it "
                        + "without root. Install it once with:\n    sudo apt-get update && sudo " + AptPackages.installCommand(PACKAGES)
                        + "\n(on macOS: brew install postgresql)");
            }
            AptPackages.install("PostgreSQL", PACKAGES);
            return find().orElseThrow(() -> new IllegalStateException(
                    "`" + AptPackages.installCommand(PACKAGES) + "` succeeded, but no initdb is in " + DEBIAN_FOLDER));
        });
    }

    private static Optional<Path> find() {
        return debianFolders().stream().filter(PostgresInstallation::complete).findFirst()
                .or(() -> Executables.find("initdb", List.of()).map(Path::getParent).filter(PostgresInstallation::complete));
    }

    /** {@code /usr/lib/postgresql/<major>/bin}, newest major first. */
    private static List<Path> debianFolders() {
        if (!Files.isDirectory(DEBIAN_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> majors = Files.list(DEBIAN_FOLDER)) {
            return majors.filter(major -> major.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparing((Path major) -> Integer.parseInt(major.getFileName().toString())).reversed())
                    .map(major -> major.resolve("bin"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + DEBIAN_FOLDER, e);
        }
    }

    private static boolean complete(Path folder) {
        return Stream.of("initdb", "postgres", "psql").allMatch(program -> Files.isExecutable(folder.resolve(program)));
    }
}
