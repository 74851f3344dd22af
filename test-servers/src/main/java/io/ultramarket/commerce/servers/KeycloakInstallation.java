package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keycloak as the harness runs it, prepared once per machine in the cache: unpacked from the Maven Central
 * zip, built for this harness's options ({@code kc.sh build}, Quarkus's build step, which every start
 * would otherwise repeat), and given a first database holding the master realm and its admin (which every
 * new server would otherwise create, about half its start). It runs on a JDK 21 or newer.
 */
final class KeycloakInstallation {

    /** The master realm's admin, who may use the admin API and console. */
    static final String ADMIN_USERNAME = "keycloak-admin";
    static final String ADMIN_PASSWORD = "keycloak-admin";

    /** One node: without it Keycloak starts clustered caches and looks for peers. */
    static final String LOCAL_CACHE = "--cache=local";

    private static final int JAVA_VERSION = 21;
    private static final String JAVA_HOME_VARIABLE = "COMMERCE_KEYCLOAK_JAVA_HOME";
    // A development database in files under the home's data folder (H2): nothing else to install.
    private static final List<String> BUILD = List.of("build", "--db=dev-file");
    private static final List<String> SEED = List.of("bootstrap-admin", "user", "--optimized", LOCAL_CACHE, "--no-prompt",
            "--username:env", "KC_BOOTSTRAP_ADMIN_USERNAME", "--password:env", "KC_BOOTSTRAP_ADMIN_PASSWORD");
    // kc.sh's default outside containers, said here so that what a test run costs does not change with it.
    private static final String HEAP = "-Xms64m -Xmx512m";
    // The C1 compiler alone halves the CPU time a start takes (24 s instead of 40 s here), which matters more
    // on two shared cores than peak speed does for a test run's few logins. The opening spares Java 24 and
    // later an error at every stop ("to use the thread-local-reset capability on Java 24 or later...").
    private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 --add-opens=java.base/java.lang=ALL-UNNAMED";

    private final String version;
    private final Path folder;
    private final Path javaHome;

    private KeycloakInstallation(String version, Path folder, Path javaHome) {
        this.version = version;
        this.folder = folder;
        this.javaHome = javaHome;
    }

    /** The installation in the cache, prepared first if this machine has none for this version and preparation. */
    static KeycloakInstallation prepared() {
        Distributions distributions = Distributions.resolvedByMaven();
        String version = distributions.keycloakVersion();
        Path javaHome = JavaHomes.atLeast(JAVA_VERSION, JAVA_HOME_VARIABLE, "Keycloak " + version);
        String topFolder = "keycloak-" + version;
        // Named after the preparation too: another build or seed gets a folder of its own.
        String preparation = Integer.toHexString(Objects.hash(BUILD, SEED, ADMIN_USERNAME, ADMIN_PASSWORD));
        Path folder = ZipInstall.unpackOnce(distributions.keycloakZip(), topFolder, CacheDirectory.get(), topFolder + "-" + preparation,
                unpacked -> new KeycloakInstallation(version, unpacked, javaHome).prepare());
        return new KeycloakInstallation(version, folder, javaHome);
    }

    private void prepare() {
        System.err.println("[test-servers] Keycloak " + version + ": building it and its first database in the cache (once per machine)");
        Commands.run(command(BUILD), 600);
        Commands.run(command(SEED), 600); // the database lands under this folder's data/h2, the default home's
    }

    /**
     * Makes a server's home a Keycloak home of its own, for {@code -Dkc.home.dir=<home>}: Keycloak keeps its
     * database, the realms to import and its transaction logs under {@code kc.home.dir/data}, but also reads
     * its build from {@code kc.home.dir/lib} and wants a {@code providers} folder there. So the home links to
     * this installation's two, and starts from a copy of the first database; a kept home keeps its own.
     */
    void furnish(ServerHome home) {
        try {
            Files.createDirectories(home.root()); // a kept home's, at its first start
            for (String shared : List.of("lib", "providers")) {
                Path link = home.root().resolve(shared);
                Files.deleteIfExists(link); // a kept home may link to an older installation
                Files.createSymbolicLink(link, folder.resolve(shared));
            }
            Path database = home.root().resolve("data/h2");
            if (!Files.exists(database)) {
                Files.createDirectories(database);
                try (Stream<Path> files = Files.list(folder.resolve("data/h2"))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.copy(file, database.resolve(file.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + home.root() + " a Keycloak home", e);
        }
    }

    /** kc.sh with these arguments, on the JDK found, with the admin and the JVM options in its environment. */
    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("env",
                "JAVA_HOME=" + javaHome,
                "JAVA_OPTS_KC_HEAP=" + HEAP,
                "JAVA_OPTS_APPEND=" + JVM_OPTIONS,
                "KC_BOOTSTRAP_ADMIN_USERNAME=" + ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                folder.resolve("bin/kc.sh").toString()));
        command.addAll(arguments);
        return command;
    }

    String version() {
        return version;
    }
}
