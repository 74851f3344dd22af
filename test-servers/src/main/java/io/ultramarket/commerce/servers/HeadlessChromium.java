package io.ultramarket.commerce.servers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Debian's Chromium and its chromedriver, for the console's browser tests (ADR 0062): found where the packages
 * put them, and installed with apt-get when they are missing and this JVM is root (as on CI, whose only command
 * is the README's {@code ./mvnw -B verify}), as the harness does for ClickHouse. No browser is downloaded from
 * anywhere else.
 *
 * @param browser the Chromium binary
 * @param driver  the chromedriver of the same version
 */
public record HeadlessChromium(Path browser, Path driver) {

    private static final List<String> PACKAGES = List.of("chromium", "chromium-driver");
    private static final List<Path> PACKAGE_FOLDERS = List.of(Path.of("/usr/bin"));

    /** The installed browser and driver, installing them first if need be. */
    public static synchronized HeadlessChromium installed() {
        return find().orElseGet(() -> {
            if (!ServiceUser.runningAsRoot()) {
                throw new IllegalStateException("Chromium and its chromedriver are not installed, and the browser tests "
                        + "cannot install them without root. Install them once with:\n    sudo apt-get update && sudo "
                        + AptPackages.installCommand(PACKAGES));
            }
            AptPackages.install("Chromium", PACKAGES);
            return find().orElseThrow(() -> new IllegalStateException(
                    "`" + AptPackages.installCommand(PACKAGES) + "` succeeded, but no chromium and chromedriver are on the PATH"));
        });
    }

    private static Optional<HeadlessChromium> find() {
        return Executables.find("chromium", PACKAGE_FOLDERS)
                .flatMap(browser -> Executables.find("chromedriver", PACKAGE_FOLDERS)
                        .map(driver -> new HeadlessChromium(browser, driver)));
    }
}
